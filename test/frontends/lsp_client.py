#!/usr/bin/env python3
"""A minimal LSP client for distlint-clangd's front-end test.

Starts the server, opens one file, waits (bounded) for clangd's publishDiagnostics on it that
contains the expected diagnostic code, prints a stable summary for FileCheck, then shuts the
server down cleanly:

  diagnostic <file>:<line>:<col> <severity> [<code>] (<source>) <message>
  note <file>:<line>:<col> <message>
  action <file>:<line> <title>          (with --code-actions: quick fixes offered for it)
  result: found | published | timeout | server exited
  ...diagnostics of version 2...        (with --change-to: after a didChange)
  changed: published | timeout | server exited
  exit: <server exit code>

Lines and columns in the summary are 1-based, like compiler diagnostics.
"""
import argparse
import json
import os
import queue
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

SEVERITY = {1: "error", 2: "warning", 3: "information", 4: "hint"}


def uri_for(path):
    return urllib.parse.urljoin("file:", urllib.request.pathname2url(os.path.abspath(path)))


def path_for(uri):
    return urllib.request.url2pathname(urllib.parse.urlparse(uri).path)


class Server:
    def __init__(self, argv, cwd):
        self.proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.inbox = queue.Queue()
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put(None)  # end of stream: the server exited
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            self.inbox.put(json.loads(out.read(length)))

    def send(self, message):
        body = json.dumps(dict(jsonrpc="2.0", **message)).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def request(self, method, params):
        self.send({"id": self.next_id, "method": method, "params": params})
        self.next_id += 1
        return self.next_id - 1

    def receive(self, deadline):
        """The next message, or None when the server exited; raises queue.Empty at the deadline."""
        return self.inbox.get(timeout=max(0.0, deadline - time.monotonic()))

    def answer_server_request(self, message):
        # clangd may ask e.g. window/workDoneProgress/create; a null result is always acceptable.
        if "id" in message and "method" in message:
            self.send({"id": message["id"], "result": None})


def summarize(path, diagnostics):
    name = os.path.basename(path)
    lines = []
    for d in sorted(diagnostics, key=lambda d: (d["range"]["start"]["line"],
                                                d["range"]["start"]["character"],
                                                str(d.get("code", "")))):
        start = d["range"]["start"]
        lines.append("diagnostic %s:%d:%d %s [%s] (%s) %s" % (
            name, start["line"] + 1, start["character"] + 1,
            SEVERITY.get(d.get("severity"), "?"), d.get("code", ""), d.get("source", ""),
            d["message"].splitlines()[0]))
        for info in d.get("relatedInformation", []):
            loc = info["location"]
            lines.append("note %s:%d:%d %s" % (
                os.path.basename(path_for(loc["uri"])), loc["range"]["start"]["line"] + 1,
                loc["range"]["start"]["character"] + 1, info["message"]))
    return lines


def code_actions(server, uri, diagnostics, code, deadline):
    lines = []
    name = os.path.basename(path_for(uri))
    for d in diagnostics:
        if d.get("code") != code:
            continue
        request = server.request("textDocument/codeAction", {
            "textDocument": {"uri": uri}, "range": d["range"],
            "context": {"diagnostics": [d], "only": ["quickfix"]}})
        while True:
            message = server.receive(deadline)
            if message is None:
                raise queue.Empty()
            server.answer_server_request(message)
            if message.get("id") == request and "method" not in message:
                break
        for action in message.get("result") or []:
            lines.append("action %s:%d %s" % (name, d["range"]["start"]["line"] + 1,
                                              action["title"]))
    return lines


def after_change(server, uri, path, new_text_file, deadline):
    """Sends version 2 of the document; prints what clangd publishes for it."""
    with open(new_text_file, encoding="utf-8") as f:
        text = f.read()
    server.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": text}]})
    try:
        while True:
            message = server.receive(deadline)
            if message is None:
                return "server exited"
            server.answer_server_request(message)
            if (message.get("method") == "textDocument/publishDiagnostics"
                    and path_for(message["params"]["uri"]) == path
                    and message["params"].get("version") == 2):
                for line in summarize(path, message["params"]["diagnostics"]):
                    print(line)
                return "published"
    except queue.Empty:
        return "timeout"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", required=True, help="the clangd binary")
    parser.add_argument("--file", required=True, help="the source file to open")
    parser.add_argument("--expect-code",
                        help="wait until a diagnostic with this code is published (default: stop "
                             "at the first publication for the file)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait at most")
    parser.add_argument("--code-actions", action="store_true",
                        help="also list the quick fixes offered for each expected diagnostic")
    parser.add_argument("--change-to", metavar="FILE",
                        help="then replace the open document's text with FILE's (didChange) and "
                             "print the diagnostics published for the new version")
    parser.add_argument("server_args", nargs="*", help="arguments for the server (after --)")
    args = parser.parse_args()

    path = os.path.abspath(args.file)
    root = os.path.dirname(path)
    uri = uri_for(path)
    program = os.path.abspath(args.server) if os.sep in args.server else args.server
    server = Server([program] + args.server_args, cwd=root)
    deadline = time.monotonic() + args.timeout

    init = server.request("initialize", {
        "processId": os.getpid(),
        "rootUri": uri_for(root),
        "capabilities": {"textDocument": {
            "publishDiagnostics": {"relatedInformation": True},
            "codeAction": {"codeActionLiteralSupport": {
                "codeActionKind": {"valueSet": ["quickfix"]}}}}},
    })
    result = "timeout"
    published = None
    try:
        while True:  # wait for the initialize response before anything else
            message = server.receive(deadline)
            if message is None:
                result = "server exited"
                break
            server.answer_server_request(message)
            if message.get("id") == init and "method" not in message:
                break
        if result == "timeout":
            server.notify("initialized", {})
            with open(path, encoding="utf-8") as f:
                text = f.read()
            server.notify("textDocument/didOpen", {"textDocument": {
                "uri": uri, "languageId": "cpp", "version": 1, "text": text}})
            while True:
                message = server.receive(deadline)
                if message is None:
                    result = "server exited"
                    break
                server.answer_server_request(message)
                if message.get("method") != "textDocument/publishDiagnostics":
                    continue
                params = message["params"]
                if path_for(params["uri"]) != path:
                    continue
                published = params["diagnostics"]
                if not args.expect_code:
                    result = "published"
                    break
                if any(d.get("code") == args.expect_code for d in published):
                    result = "found"
                    break
    except queue.Empty:
        pass

    for line in summarize(path, published or []):
        print(line)
    if result == "found" and args.code_actions:
        try:
            for line in code_actions(server, uri, published, args.expect_code, deadline):
                print(line)
        except queue.Empty:
            result = "timeout"
    print("result: %s" % result)
    if result in ("found", "published") and args.change_to:
        print("changed: %s" % after_change(server, uri, path, args.change_to, deadline))

    # Orderly shutdown; kill the server only if it ignores us.
    code = None
    if server.proc.poll() is None:
        try:
            shutdown = server.request("shutdown", None)
            end = time.monotonic() + 30
            while True:
                message = server.receive(end)
                if message is None or message.get("id") == shutdown:
                    break
            server.notify("exit", None)
            server.proc.stdin.close()
            code = server.proc.wait(timeout=30)
        except (queue.Empty, subprocess.TimeoutExpired, BrokenPipeError):
            server.proc.kill()
            code = server.proc.wait()
    else:
        code = server.proc.returncode
    print("exit: %s" % code)
    sys.stdout.flush()
    return 0 if result in ("found", "published") and code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
