const temperature = {
  get celsius(unit) {
    return 21;
  },
};
