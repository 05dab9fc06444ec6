"""Times the kit's kernel as Jupyter starts it: kernel start to the first cell's result, then warm cells.

usage: kernel_latency.py KERNEL_NAME STARTS WARM_CELLS   (prints one JSON line per start)
"""
import json
import sys
import time

from jupyter_client.manager import start_new_kernel


def run(client, code):
    msg_id = client.execute(code)
    while True:
        reply = client.get_shell_msg(timeout=300)
        if reply["parent_header"].get("msg_id") == msg_id:
            assert reply["content"]["status"] == "ok", reply["content"]
            return


def main():
    name, starts, warm = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    for _ in range(starts):
        began = time.perf_counter()
        manager, client = start_new_kernel(kernel_name=name, startup_timeout=300)
        ready = time.perf_counter()
        run(client, "1 + 1")
        first = time.perf_counter()
        laps = []
        for i in range(warm):
            t = time.perf_counter()
            run(client, f"var v{i} = {i} * 2;\nv{i}")
            laps.append(time.perf_counter() - t)
        client.stop_channels()
        manager.shutdown_kernel(now=False)
        print(json.dumps({"start_to_ready_s": ready - began, "start_to_first_result_s": first - began,
                          "first_cell_s": first - ready, "warm_cell_ms": 1000 * sum(laps) / max(1, len(laps))}), flush=True)


if __name__ == "__main__":
    main()
