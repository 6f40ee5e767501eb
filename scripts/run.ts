import { spawn } from "node:child_process";

/** Runs a command with inherited output; resolves with its exit code and duration. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), ms: performance.now() - started }));
  });
}
