// Custom Error hierarchy with `cause` chains, instanceof checks and a handler that unwraps causes.
class AppError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = this.constructor.name;
  }
  get chain() {
    const parts = [];
    for (let e = this; e; e = e.cause) parts.push(`${e.name}(${e.message})`);
    return parts.join(' <- ');
  }
}
class ValidationError extends AppError {
  constructor(field, problem) {
    super(`${field}: ${problem}`);
    this.field = field;
  }
}
class NotFoundError extends AppError {}
class ServiceError extends AppError {
  constructor(service, cause) {
    super(`${service} failed`, { cause });
    this.service = service;
  }
}

const users = new Map([[1, { id: 1, name: 'ann', age: 31 }]]);
function findUser(id) {
  if (typeof id !== 'number') throw new ValidationError('id', `expected number, got ${typeof id}`);
  const u = users.get(id);
  if (!u) throw new NotFoundError(`user ${id}`);
  return u;
}
function profileService(id) {
  try {
    const u = findUser(id);
    return `${u.name} (${u.age})`;
  } catch (e) {
    throw new ServiceError('profile', e);
  }
}
function parseService(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ServiceError('parser', e);
  }
}

const cases = [() => profileService(1), () => profileService(2), () => profileService('7'), () => parseService('{"a":1}'), () => parseService('{oops'), () => null.x];
for (const run of cases) {
  try {
    console.log('ok:', run());
  } catch (e) {
    console.log(e.name + ': ' + e.message);
    console.log('  is AppError?', e instanceof AppError, 'is Error?', e instanceof Error);
    if (e instanceof AppError) {
      console.log('  chain:', e.chain.startsWith('ServiceError') ? e.chain.split(' <- ').length + ' links' : e.chain);
      const root = e.cause;
      if (root instanceof ValidationError) console.log('  root validation on field', root.field);
      else if (root instanceof NotFoundError) console.log('  root not found:', root.message);
      else if (root) console.log('  root builtin:', root.name);
    }
  }
}
const plain = new Error('top', { cause: 'a string cause' });
console.log(plain.cause, 'cause' in new Error('no cause'), Object.keys(plain));
const ve = new ValidationError('email', 'missing @');
console.log(ve.name, ve.field, ve.message, String(ve), Object.getPrototypeOf(ValidationError) === AppError);
