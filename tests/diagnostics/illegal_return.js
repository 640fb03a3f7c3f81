console.log(1)
return 2
