class FatalError extends Error {
  constructor(message) {
    super(message);
    this.name = 'FatalError';
    this.code = 'E_FATAL';
  }
}
console.log('before');
throw new FatalError('cannot continue');
