"use strict";
const mask = "\07";
