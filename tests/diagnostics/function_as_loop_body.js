let i = 0;
while (i < 3) function step() {}
