#!/usr/bin/env python3
"""Drives `factcheck lsp` over stdio as an editor would: opens a file of a workspace, prints the diagnostics,
hovers over the first one, asks for its code actions, then edits the file and prints the diagnostics again.
Usage: drive.py FACTCHECK WORKSPACE FILE [REPLACE WITH]"""
import json, subprocess, sys, time, pathlib

exe, root, file = str(pathlib.Path(sys.argv[1]).resolve()), pathlib.Path(sys.argv[2]).resolve(), pathlib.Path(sys.argv[3]).resolve()
proc = subprocess.Popen([exe, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=root)
ids = iter(range(1, 1000))

def send(msg):
    body = json.dumps(msg).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()

def receive():
    length = 0
    while (line := proc.stdout.readline().strip()):
        if line.lower().startswith(b"content-length:"): length = int(line.split(b":")[1])
    return json.loads(proc.stdout.read(length))

def request(method, params):
    i = next(ids); send({"jsonrpc": "2.0", "id": i, "method": method, "params": params})
    while True:
        m = receive()
        if m.get("id") == i and "method" not in m: return m.get("result", m.get("error"))
        if m.get("method") == "textDocument/publishDiagnostics": pending.append(m["params"])

def notify(method, params): send({"jsonrpc": "2.0", "method": method, "params": params})

def diagnostics(version):
    while True:
        for p in pending:
            if p["version"] == version: pending.remove(p); return p
        m = receive()
        if m.get("method") == "textDocument/publishDiagnostics": pending.append(m["params"])

pending = []
uri = file.as_uri()
request("initialize", {"processId": None, "rootUri": root.as_uri(), "capabilities": {}})
notify("initialized", {})
text = file.read_text()
start = time.perf_counter()
notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
d = diagnostics(1)
print(f"open: {len(d['diagnostics'])} diagnostic(s) in {1000*(time.perf_counter()-start):.0f} ms")
for x in d["diagnostics"]:
    r = x["range"]
    print(f"  {x['severity']} {x['code']} {r['start']['line']+1}:{r['start']['character']+1}-{r['end']['line']+1}:{r['end']['character']+1}  {x['message']}")
    for rel in x.get("relatedInformation", []):
        lr = rel["location"]["range"]["start"]
        print(f"      -> {pathlib.Path(rel['location']['uri']).name}:{lr['line']+1}:{lr['character']+1}  {rel['message'][:150]}")
if d["diagnostics"]:
    first = d["diagnostics"][0]
    hover = request("textDocument/hover", {"textDocument": {"uri": uri}, "position": first["range"]["start"]})
    print("hover:\n" + (hover["contents"]["value"] if hover else "(none)"))
    actions = request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": first["range"], "context": {"diagnostics": [first]}})
    print("code actions:", [a["title"] for a in actions])
if len(sys.argv) > 5:
    text = text.replace(sys.argv[4], sys.argv[5])
    start = time.perf_counter()
    notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": text}]})
    d = diagnostics(2)
    print(f"after the edit: {len(d['diagnostics'])} diagnostic(s), {1000*(time.perf_counter()-start):.0f} ms after the change (250 ms of it waiting for typing to stop)")
request("shutdown", None); notify("exit", None)
proc.wait(timeout=10)
