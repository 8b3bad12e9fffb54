#!/usr/bin/python3
"""Latency and memory of Jupyter kernels, measured the way a Jupyter client sees them.

For each kernelspec (default: ``root-java`` and ipykernel's ``python3``) and each of
--runs fresh kernel processes, it measures with jupyter_client:

  start       wall time from ``KernelManager.start_kernel()`` until ``wait_for_ready()``
              returns (the first kernel_info_reply plus an IOPub message), which is what
              nbclient, jupyter console and the notebook server wait for;
  first cell  the first ``1+1`` after ready: from execute_request until both the
              execute_reply and the ``idle`` status of that request have arrived;
  warm cell   the median of --warm more ``1+1`` round trips (same definition);
  10 stmts    the median of --stmt-reps executions of a cell of 10 simple statements;
  idle RSS    VmRSS (/proc/PID/status) of the kernel process and all its descendants,
              --idle seconds after the cells above.

Each metric is reported as the median over the runs with min-max, as a Markdown table
with one column per kernel and the ratio of the first kernel to the second.

Needs jupyter_client: run it with Debian's /usr/bin/python3 (not a pyenv python).

Examples:
    /usr/bin/python3 bench/kernel_latency.py --jar kernel/target/rootprompt.jar
    /usr/bin/python3 bench/kernel_latency.py --jupyter-path /tmp/ks --kernels root-java python3 \
        --runs 5 --json out.json
    /usr/bin/python3 bench/kernel_latency.py --jar kernel/target/rootprompt.jar \
        --jvm-variant c1="-XX:TieredStopAtLevel=1" --kernels root-java root-java-c1
"""

import argparse
import datetime
import json
import os
import platform
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

STATEMENTS = {
    # 10 lines, each a statement; the Java cell compiles as one batch or as 10 snippets,
    # depending on the kernel: that is what this metric is about
    "java": [
        "int a = 0;",
        "a += 1;",
        "a *= 2;",
        'System.out.print("");',
        "a -= 1;",
        "a = a + 3;",
        "long b = a * 2L;",
        'System.out.print("");',
        "a++;",
        "b += a;",
    ],
    "python": [
        "a = 0",
        "a += 1",
        "a *= 2",
        'print("", end="")',
        "a -= 1",
        "a = a + 3",
        "b = a * 2",
        'print("", end="")',
        "a += 1",
        "b += a",
    ],
}

METRICS = [
    ("start_s", "start → first kernel_info_reply (ready)", "s"),
    ("first_cell_s", "first `1+1` after ready", "s"),
    ("warm_cell_ms", "warm `1+1` round trip (median of warm cells)", "ms"),
    ("stmts10_ms", "cell of 10 simple statements (median)", "ms"),
    ("idle_rss_mb", "idle RSS of the kernel process tree", "MB"),
    # not a target: the protocol round trip alone (busy, reply, idle), to tell the kernel's
    # messaging apart from its code execution
    ("kernel_info_ms", "(reference) warm kernel_info round trip", "ms"),
    # CPU time (user+system, all threads) of the kernel process until the first cell is done:
    # unlike wall times, hardly affected by other load on the machine
    ("cpu_first_cell_s", "(reference) kernel CPU time until first cell done", "s"),
]


# ---------------------------------------------------------------------------------------------
# process memory

def _children_map():
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                stat = f.read()
        except OSError:
            continue
        # comm may contain spaces and parentheses: ppid is the 2nd field after the last ')'
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    return children


def process_tree(pid):
    children = _children_map()
    tree, todo = [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo.extend(children.get(p, []))
    return tree


def rss_kb(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_mb(pid):
    return sum(rss_kb(p) for p in process_tree(pid)) / 1024.0


def cpu_seconds(pid):
    """utime + stime of the process (all its threads) and of its live descendants."""
    total = 0
    for p in process_tree(pid):
        try:
            with open("/proc/%d/stat" % p) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # fields 14 and 15 of stat(5)
        except (OSError, IndexError, ValueError):
            pass
    return total / float(os.sysconf("SC_CLK_TCK"))


# ---------------------------------------------------------------------------------------------
# one kernel run

class Client:
    def __init__(self, kc, timeout):
        self.kc = kc
        self.timeout = timeout

    def _until_reply_and_idle(self, msg_id):
        while True:
            reply = self.kc.get_shell_msg(timeout=self.timeout)
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        while True:
            msg = self.kc.get_iopub_msg(timeout=self.timeout)
            if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                    and msg["content"]["execution_state"] == "idle"):
                return reply

    def execute(self, code):
        """Seconds from execute_request until its reply and its idle status have both arrived.

        The blocking client polls the zmq socket, so a message is taken as soon as it arrives;
        IOPub messages queue up in the socket while the shell reply is awaited.
        """
        start = time.perf_counter()
        reply = self._until_reply_and_idle(self.kc.execute(code, store_history=True))
        elapsed = time.perf_counter() - start
        if reply["content"]["status"] != "ok":
            raise RuntimeError("cell %r failed: %s" % (code, reply["content"]))
        return elapsed

    def kernel_info(self):
        """(seconds, reply content) of a kernel_info round trip, until the reply and its idle status."""
        start = time.perf_counter()
        reply = self._until_reply_and_idle(self.kc.kernel_info())
        return time.perf_counter() - start, reply["content"]


def kernel_language(km):
    return (km.kernel_spec.language or "").lower()


def kernel_pid(km):
    provisioner = getattr(km, "provisioner", None)
    return provisioner.process.pid if provisioner is not None else km.kernel.pid


def run_once(kernel_name, args):
    from jupyter_client.manager import KernelManager

    km = KernelManager(kernel_name=kernel_name)
    lang = kernel_language(km)
    stmts = "\n".join(STATEMENTS["python" if lang.startswith("python") else "java"])
    result = {}
    t0 = time.perf_counter()
    km.start_kernel()
    kc = km.blocking_client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=args.timeout)
        result["start_s"] = time.perf_counter() - t0
        # the first cell right away, as nbclient and jupyter console do (messages left over from
        # wait_for_ready are skipped by their parent msg_id)
        client = Client(kc, args.timeout)
        result["first_cell_s"] = client.execute("1+1")
        result["cpu_first_cell_s"] = cpu_seconds(kernel_pid(km))
        warm = [client.execute("1+1") for _ in range(args.warm)]
        result["warm_cell_ms"] = statistics.median(warm) * 1000
        first_stmts = client.execute(stmts)
        reps = [client.execute(stmts) for _ in range(args.stmt_reps)]
        result["stmts10_first_ms"] = first_stmts * 1000
        result["stmts10_ms"] = statistics.median(reps) * 1000
        infos = [client.kernel_info() for _ in range(args.warm)]
        result["kernel_info_ms"] = statistics.median(t for t, _ in infos) * 1000
        time.sleep(args.idle)
        pid = kernel_pid(km)
        result["idle_rss_mb"] = tree_rss_mb(pid)
        result["processes"] = len(process_tree(pid))
        info = infos[-1][1]
        result["implementation"] = "%s %s, %s %s" % (
            info.get("implementation"), info.get("implementation_version"),
            info.get("language_info", {}).get("name"), info.get("language_info", {}).get("version"))
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    return result


# ---------------------------------------------------------------------------------------------
# kernelspecs for the Java kernel (optional)

def write_java_kernelspecs(directory, jar, java, variants):
    """kernels/root-java (no JVM options) and one kernels/root-java-LABEL per --jvm-variant."""
    names = []
    for label, flags in [("", "")] + variants:
        name = "root-java" + ("-" + label if label else "")
        d = os.path.join(directory, "kernels", name)
        os.makedirs(d, exist_ok=True)
        spec = {
            "argv": [java] + shlex.split(flags) + ["-jar", os.path.abspath(jar), "kernel",
                                                   "--language", "java", "-f", "{connection_file}"],
            "display_name": "ROOT Prompt (Java)" + (" " + label if label else ""),
            "language": "java",
            "interrupt_mode": "message",
        }
        with open(os.path.join(d, "kernel.json"), "w") as f:
            json.dump(spec, f, indent=1)
        names.append(name)
    return names


def default_java():
    home = os.environ.get("JAVA_HOME")
    if home and os.path.exists(os.path.join(home, "bin", "java")):
        return os.path.join(home, "bin", "java")
    try:
        return os.path.realpath(subprocess.check_output(["which", "java"], text=True).strip())
    except (subprocess.CalledProcessError, FileNotFoundError):
        return "java"


# ---------------------------------------------------------------------------------------------
# report

def machine():
    info = {"nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()}
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    info["memory"] = "%.1f GiB" % (int(line.split()[1]) / 1024.0 / 1024.0)
    except OSError:
        pass
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    info["os"] = "%s %s" % (platform.system(), platform.release())
    info["loadavg_at_start"] = "%.2f %.2f %.2f" % os.getloadavg()
    info["python"] = "%s %s" % (sys.executable, platform.python_version())
    try:
        import jupyter_client
        info["jupyter_client"] = jupyter_client.__version__
    except ImportError:
        pass
    return info


def summarize(values):
    return {"median": statistics.median(values), "min": min(values), "max": max(values),
            "values": values}


def fmt(value, unit):
    if unit == "s":
        return "%.2f s" % value
    if unit == "ms":
        return "%.1f ms" % value
    return "%.0f MB" % value


def markdown(kernels, summary):
    header = "| metric | " + " | ".join("`%s` median (min–max)" % k for k in kernels)
    if len(kernels) >= 2:
        header += " | ratio `%s`/`%s`" % (kernels[0], kernels[1])
    lines = [header + " |", "|---" * (len(kernels) + 1 + (len(kernels) >= 2)) + "|"]
    for key, label, unit in METRICS:
        row = "| %s |" % label
        for k in kernels:
            s = summary[k][key]
            row += " %s (%s–%s) |" % (fmt(s["median"], unit), fmt(s["min"], unit).split()[0],
                                      fmt(s["max"], unit).split()[0])
        if len(kernels) >= 2:
            a, b = summary[kernels[0]][key]["median"], summary[kernels[1]][key]["median"]
            row += " %s |" % ("%.1f×" % (a / b) if b else "n/a")
        lines.append(row)
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("--kernels", nargs="+", default=["root-java", "python3"],
                        help="kernelspec names (default: root-java python3)")
    parser.add_argument("--runs", type=int, default=5, help="fresh kernels per kernelspec (default 5)")
    parser.add_argument("--warm", type=int, default=30, help="warm 1+1 cells per run (default 30)")
    parser.add_argument("--stmt-reps", type=int, default=10,
                        help="executions of the 10-statement cell per run (default 10)")
    parser.add_argument("--idle", type=float, default=2.0, help="seconds idle before RSS (default 2)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per wait (default 120)")
    parser.add_argument("--jupyter-path", action="append", default=[],
                        help="folder with kernels/NAME/kernel.json, prepended to JUPYTER_PATH")
    parser.add_argument("--jar", help="write a root-java kernelspec for this rootprompt.jar into "
                                      "the first --jupyter-path (or a temporary folder)")
    parser.add_argument("--java", default=None, help="java for --jar kernelspecs (default: JAVA_HOME or PATH)")
    parser.add_argument("--jvm-variant", action="append", default=[], metavar="LABEL=FLAGS",
                        help="with --jar: also write kernelspec root-java-LABEL with these JVM options")
    parser.add_argument("--json", metavar="OUT", help="also write all measurements as JSON")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.warm < 1 or args.stmt_reps < 1:
        parser.error("--runs, --warm and --stmt-reps must be at least 1")

    if args.jar:
        if not args.jupyter_path:
            args.jupyter_path.append(tempfile.mkdtemp(prefix="kernel-latency-"))
        variants = []
        for v in args.jvm_variant:
            label, _, flags = v.partition("=")
            variants.append((label, flags))
        written = write_java_kernelspecs(args.jupyter_path[0], args.jar, args.java or default_java(), variants)
        print("wrote kernelspecs %s in %s" % (", ".join(written), args.jupyter_path[0]), file=sys.stderr)
    if args.jupyter_path:
        old = os.environ.get("JUPYTER_PATH")
        os.environ["JUPYTER_PATH"] = os.pathsep.join(args.jupyter_path + ([old] if old else []))

    # ipykernel >= 6.17 prints debugger warnings about frozen modules on every start
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    info = machine()
    results = {k: [] for k in args.kernels}
    # interleave the kernels run by run, so that a slow phase of the machine hits all of them
    for i in range(args.runs):
        for k in args.kernels:
            r = run_once(k, args)
            results[k].append(r)
            print("run %d/%d %-14s start %.2f s  first %.3f s  warm %.1f ms  10 stmts %.1f ms "
                  "(first %.0f ms)  RSS %.0f MB" % (
                      i + 1, args.runs, k, r["start_s"], r["first_cell_s"], r["warm_cell_ms"],
                      r["stmts10_ms"], r["stmts10_first_ms"], r["idle_rss_mb"]), file=sys.stderr)

    summary = {k: {key: summarize([r[key] for r in results[k]])
                   for key in [m[0] for m in METRICS] + ["stmts10_first_ms"]}
               for k in args.kernels}
    info["loadavg_at_end"] = "%.2f %.2f %.2f" % os.getloadavg()
    command = " ".join(shlex.quote(a) for a in [sys.executable] + sys.argv)
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

    print()
    print(markdown(args.kernels, summary))
    print()
    for k in args.kernels:
        print("- `%s`: %s; %d process(es); first 10-statement cell %.0f ms" % (
            k, results[k][0].get("implementation"), results[k][0]["processes"],
            summary[k]["stmts10_first_ms"]["median"]))
    print()
    print("Machine: %d CPUs (%s), %s RAM, %s; %s, jupyter_client %s" % (
        info["nproc"], info.get("cpu", "?"), info.get("memory", "?"), info["os"], info["python"],
        info.get("jupyter_client", "?")))
    print("Load average (1/5/15 min) at start %s, at end %s" % (
        info["loadavg_at_start"], info["loadavg_at_end"]))
    print("Date: %s; %d runs per kernel, %d warm cells, %d 10-statement cells per run" % (
        date, args.runs, args.warm, args.stmt_reps))
    print("Command: `%s`" % command)

    if args.json:
        with open(args.json, "w") as f:
            json.dump({"date": date, "command": command, "machine": info, "summary": summary,
                       "runs": results}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
