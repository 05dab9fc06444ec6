"""Starts the installed kit kernel as Jupyter does (kernelspec, connection file, KernelManager), runs a cell, completes,
inspects and interrupts, then
dies without shutting the kernel down: the kernel must notice and exit by itself.

Usage: JUPYTER_PATH=... python3 drive_installed_kernel.py KERNEL_NAME CODE EXPECTED_TEXT_PLAIN
Prints "kernel pid N" and "ok STEP" lines.
"""
import os
import sys

from jupyter_client.manager import start_new_kernel

TIMEOUT = 120


def main(name, code, expected):
    manager, client = start_new_kernel(kernel_name=name, startup_timeout=TIMEOUT)
    print("kernel pid", manager.provisioner.process.pid, flush=True)
    outputs = []
    reply = client.execute_interactive(code, timeout=TIMEOUT, output_hook=outputs.append)
    assert reply["content"]["status"] == "ok", reply["content"]
    results = [o["content"]["data"].get("text/plain") for o in outputs if o["msg_type"] == "execute_result"]
    assert results == [expected], outputs
    print("ok execute", flush=True)
    # What a VS Code user leans on: completion and hover from the real C# kernel, through the protocol.
    client.complete("Console.Wri", 11)
    completion = client.get_shell_msg(timeout=TIMEOUT)["content"]
    assert "WriteLine" in completion["matches"] and completion["cursor_start"] == 8, completion
    print("ok complete", flush=True)
    client.inspect("Console.WriteLine", 10)
    inspection = client.get_shell_msg(timeout=TIMEOUT)["content"]
    assert inspection["found"] and "WriteLine" in inspection["data"]["text/plain"], inspection
    print("ok inspect", flush=True)
    # A cell that sleeps in a loop is interrupted and the kernel runs the next cell.
    client.execute("while (true) System.Threading.Thread.Sleep(50);")
    import time
    time.sleep(3)
    manager.interrupt_kernel()
    while True:
        msg = client.get_shell_msg(timeout=TIMEOUT)
        if msg["msg_type"] == "execute_reply":
            break
    assert msg["content"]["status"] == "error", msg["content"]
    reply = client.execute_interactive("40 + 2", timeout=TIMEOUT)
    assert reply["content"]["status"] == "ok", reply["content"]
    print("ok interrupt", flush=True)
    # Die the way a crashed client does: no shutdown_request, no cleanup.
    os._exit(0)


if __name__ == "__main__":
    main(*sys.argv[1:4])
