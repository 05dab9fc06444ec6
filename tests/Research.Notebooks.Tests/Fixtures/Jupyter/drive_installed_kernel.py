"""Starts the installed kit kernel as Jupyter does (kernelspec, connection file, KernelManager), runs a cell, then
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
    # Die the way a crashed client does: no shutdown_request, no cleanup.
    os._exit(0)


if __name__ == "__main__":
    main(*sys.argv[1:4])
