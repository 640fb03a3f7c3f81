"use strict";
function check(eval) {
  return eval > 1;
}
