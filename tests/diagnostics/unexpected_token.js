let total = (1 + ;
