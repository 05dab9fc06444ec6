"""Drives the kit's kernel (serving a fake engine) with jupyter_client, as JupyterLab or nbclient would.

Usage: python3 drive_kernel.py CONNECTION_FILE. Prints "ok STEP" per step; exits non-zero at the first failure.
"""
import queue
import sys
import time

import zmq
from jupyter_client import BlockingKernelClient
from jupyter_client.session import Session

TIMEOUT = 20


def step(name):
    print("ok", name, flush=True)


def reply_to(msg_id, receive):
    while True:
        msg = receive(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def execute(client, code, **options):
    outputs = []
    reply = client.execute_interactive(code, timeout=TIMEOUT, output_hook=outputs.append, **options)
    return reply["content"], [o for o in outputs if o["msg_type"] != "status"], [o["content"]["execution_state"] for o in outputs if o["msg_type"] == "status"]


def main(connection_file):
    client = BlockingKernelClient(connection_file=connection_file)
    client.load_connection_file()
    client.start_channels()
    client.wait_for_ready(timeout=TIMEOUT)
    step("ready")

    info = reply_to(client.kernel_info(), client.get_shell_msg)["content"]
    assert info["protocol_version"] == "5.3", info
    assert info["language_info"]["name"] == "C#", info
    assert info["implementation"] == "fake-engine", info
    step("kernel_info")

    reply, outputs, states = execute(client, "hello")
    assert reply["status"] == "ok" and reply["execution_count"] == 1, reply
    assert [o["msg_type"] for o in outputs] == ["execute_input", "stream"], outputs
    assert outputs[1]["content"] == {"name": "stdout", "text": "hello"}, outputs[1]
    assert states == ["busy", "idle"], states
    step("execute stream")

    reply, outputs, _ = execute(client, "display")
    shown, updated = outputs[1], outputs[2]
    assert shown["msg_type"] == "display_data" and shown["content"]["data"] == {"text/plain": "shown"}, shown
    assert shown["content"]["transient"] == {"display_id": "d1"}, shown
    assert updated["msg_type"] == "update_display_data" and updated["content"]["transient"] == {"display_id": "d1"}, updated
    step("execute display")

    reply, outputs, _ = execute(client, "result")
    result = outputs[1]
    assert result["msg_type"] == "execute_result" and result["content"]["data"] == {"text/plain": "42"}, result
    assert result["content"]["execution_count"] == reply["execution_count"] == 3, (result, reply)
    step("execute result")

    reply, outputs, _ = execute(client, "fail")
    assert reply["status"] == "error" and reply["ename"] == "CompilationError", reply
    assert reply["evalue"] == "cell 4, line 1: it failed", reply
    assert [o["msg_type"] for o in outputs] == ["execute_input", "error"], outputs
    step("execute error")

    reply, outputs, _ = execute(client, "quiet", silent=True)
    assert reply["status"] == "ok" and outputs == [], (reply, outputs)
    step("execute silent")

    complete = reply_to(client.complete("Console.Wri", 11), client.get_shell_msg)["content"]
    assert complete["matches"] == ["WriteLine"] and complete["cursor_start"] == 8 and complete["cursor_end"] == 11, complete
    step("complete")

    inspect = reply_to(client.inspect("Console", 3), client.get_shell_msg)["content"]
    assert inspect["found"] is True and inspect["data"] == {"text/plain": "class System.Console"}, inspect
    step("inspect")

    assert reply_to(client.is_complete("if (x) {"), client.get_shell_msg)["content"]["status"] == "incomplete"
    assert reply_to(client.is_complete("x();"), client.get_shell_msg)["content"]["status"] == "complete"
    step("is_complete")

    looping = client.execute("loop")
    time.sleep(0.5)
    interrupt = client.session.msg("interrupt_request", {})
    client.control_channel.send(interrupt)
    assert reply_to(interrupt["header"]["msg_id"], client.get_control_msg)["msg_type"] == "interrupt_reply"
    assert reply_to(looping, client.get_shell_msg)["content"]["status"] == "error"
    reply, outputs, _ = execute(client, "after the interrupt")
    assert reply["status"] == "ok" and outputs[1]["content"]["text"] == "after the interrupt", (reply, outputs)
    step("interrupt")

    failing = client.execute("slow fail")
    queued = client.execute("queued behind the failure")
    assert reply_to(failing, client.get_shell_msg)["content"]["status"] == "error"
    assert reply_to(queued, client.get_shell_msg)["content"]["status"] == "aborted"
    reply, _, _ = execute(client, "runs again")
    assert reply["status"] == "ok", reply
    step("stop_on_error")

    forger = Session(key=b"not the key", signature_scheme="hmac-sha256")
    forged = forger.msg("execute_request", {"code": "forged", "silent": False, "store_history": True,
                                             "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    forger.send(client.shell_channel.socket, forged)
    try:
        answer = client.get_shell_msg(timeout=1.5)
        raise AssertionError(f"a forged message was answered: {answer}")
    except queue.Empty:
        pass
    reply, outputs, _ = execute(client, "still serving")
    assert reply["status"] == "ok" and outputs[1]["content"]["text"] == "still serving", (reply, outputs)
    step("bad signature refused")

    raw = zmq.Context.instance().socket(zmq.DEALER)
    raw.linger = 0
    raw.connect(f"tcp://{client.ip}:{client.shell_port}")
    raw.send_multipart([b"garbage"])
    raw.send_multipart([b"<IDS|MSG>", b"", b"{", b"{}", b"{}", b"{}"])
    time.sleep(0.3)
    raw.close()
    reply, outputs, _ = execute(client, "still serving after garbage")
    assert reply["status"] == "ok", reply
    step("malformed frames refused")

    assert client.hb_channel.is_beating()
    step("heartbeat")

    shutdown = client.shutdown()
    answer = reply_to(shutdown, client.get_control_msg)
    assert answer["msg_type"] == "shutdown_reply" and answer["content"]["restart"] is False, answer
    client.stop_channels()
    step("shutdown")


if __name__ == "__main__":
    main(sys.argv[1])
