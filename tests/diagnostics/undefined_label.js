while (true) {
  continue outer
}
