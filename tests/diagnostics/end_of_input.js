const bar = () => {
  console.log("bar")
