class Employee {
  constructor(name, salary) {
    this.name = name;
    this.salary = salary;
  }
  bonus() {
    return this.salary * 0.1;
  }
  summary() {
    return `${this.name}: ${this.salary} + ${this.bonus()}`;
  }
}
class Manager extends Employee {
  constructor(name, salary, reports) {
    super(name, salary);
    this.reports = reports;
  }
  bonus() {
    return super.bonus() + this.reports * 100;
  }
}
class Director extends Manager {
  bonus() {
    return super.bonus() * 2;
  }
  summary() {
    return 'Director ' + super.summary();
  }
}
const staff = [new Employee('Ann', 1000), new Manager('Bob', 2000, 3), new Director('Cy', 3000, 5)];
staff.forEach((s) => console.log(s.summary()));
console.log(staff.map((s) => s.constructor.name));
console.log(staff[2]);
