// Elevator simulation: a single setInterval clock moves the car; requests arrive at scheduled ticks.
class Elevator {
  constructor(floors) {
    this.floors = floors;
    this.floor = 0;
    this.direction = 0;
    this.stops = new Set();
    this.log = [];
  }
  request(floor, who) {
    if (floor < 0 || floor >= this.floors) {
      console.log(`  ${who}: floor ${floor} does not exist`);
      return;
    }
    this.stops.add(floor);
    console.log(`  ${who} requests floor ${floor} (stops: ${[...this.stops].sort((a, b) => a - b).join(',')})`);
  }
  step() {
    if (this.stops.has(this.floor)) {
      this.stops.delete(this.floor);
      this.log.push(this.floor);
      return `doors open at ${this.floor}`;
    }
    if (this.stops.size === 0) {
      this.direction = 0;
      return `idle at ${this.floor}`;
    }
    const targets = [...this.stops];
    const above = targets.some((f) => f > this.floor);
    const below = targets.some((f) => f < this.floor);
    if (this.direction === 0) this.direction = above ? 1 : -1;
    if (this.direction === 1 && !above) this.direction = -1;
    if (this.direction === -1 && !below) this.direction = 1;
    this.floor += this.direction;
    return `moving ${this.direction > 0 ? 'up' : 'down'} to ${this.floor}`;
  }
}
const schedule = { 1: [[4, 'ann']], 3: [[1, 'bob']], 5: [[6, 'cy'], [9, 'dee']], 9: [[0, 'eve']], 12: [[2, 'fay']] };
const car = new Elevator(8);
let tick = 0;
const clock = setInterval(() => {
  tick++;
  for (const [floor, who] of schedule[tick] || []) car.request(floor, who);
  const action = car.step();
  console.log(`tick ${String(tick).padStart(2)}: ${action}`);
  if (tick >= 6 && car.stops.size === 0 && car.direction === 0) {
    clearInterval(clock);
    console.log('served floors in order:', car.log.join(' -> '));
  }
}, 1);
