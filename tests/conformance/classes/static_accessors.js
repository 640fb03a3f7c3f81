class Settings {
  static _theme = 'light';
  static get theme() {
    return this._theme;
  }
  static set theme(v) {
    this._theme = v.toLowerCase();
  }
}
console.log(Settings.theme);
Settings.theme = 'DARK';
console.log(Settings.theme, Settings);
class Sub extends Settings {}
console.log(Sub.theme);
Sub.theme = 'Blue';
console.log(Sub.theme, Settings.theme, Object.keys(Sub));
