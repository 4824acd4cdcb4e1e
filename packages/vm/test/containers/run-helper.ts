// Runs a Python program on corosim and returns what it wrote (stdout and stderr interleaved).
export { runPy } from '../support/run-python.ts';
