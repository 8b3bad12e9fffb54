"""Drive ``jupyter console --kernel root-java`` through a pipe, as a user would type.

What works with jupyter_console 6.4.4 and a non-tty stdin:
  * ``--simple-prompt`` is required: without it prompt_toolkit reads the pipe,
    hits EOF and dies with an EOFError traceback.
  * The simple prompt reads one line per cell (no multi-line cells, so no
    ``%%bash``); each line is sent to the kernel as it is read, and the console
    waits for the kernel's idle status before it prints the next prompt.
  * ``exit`` is *not* handled by the console itself: IPython kernels answer it
    with an ``ask_exit`` payload. For this kernel, closing stdin (EOF) ends the
    session; ``--no-confirm-exit`` skips the "Do you really want to exit"
    question (without it the question reads EOF and defaults to yes anyway).

Usage:
    JUPYTER_PATH=/tmp/ks /usr/bin/python3 console_session.py [--kernel root-java]
        [--timeout 120] [--python /usr/bin/python3]

Exit status 0 when every expected output appeared and the console exited 0 in time;
otherwise 1, with the whole transcript printed.
"""

import argparse
import os
import subprocess
import sys
import time

# (line typed at the prompt, text that must appear in the transcript or None)
SESSION = [
    ("int x = 6*7;", None),
    ("x", "Out[2]: 42"),
    ('System.out.println("from console")', "from console"),
    ('void hi() { System.out.println("hi from " + "method"); }', None),
    ("hi()", "hi from method"),
    ('System.err.println("to " + "stderr")', "to stderr"),
    ("undefinedConsoleVar", "cannot find symbol"),
    # the session goes on after an error
    ('String.join("-", "a", "b", "c")', '"a-b-c"'),
]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernel", default=os.environ.get("ROOTPROMPT_KERNEL_NAME", "root-java"))
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds for the whole session (default 120)")
    parser.add_argument("--python", default=os.environ.get("ROOTPROMPT_PYTHON", "/usr/bin/python3"),
                        help="Python with jupyter_console (default /usr/bin/python3)")
    args = parser.parse_args(argv)

    stdin_text = "".join(line + "\n" for line, _ in SESSION)
    cmd = [args.python, "-m", "jupyter_console", "--kernel", args.kernel,
           "--simple-prompt", "--no-confirm-exit"]
    print("$ " + " ".join(cmd), flush=True)
    start = time.monotonic()
    try:
        proc = subprocess.run(cmd, input=stdin_text, capture_output=True, text=True,
                              timeout=args.timeout)
    except subprocess.TimeoutExpired as e:
        print("FAIL: jupyter console did not exit within %.0f s" % args.timeout)
        print("--- stdout ---\n%s\n--- stderr ---\n%s" % (_text(e.stdout), _text(e.stderr)))
        return 1
    elapsed = time.monotonic() - start

    transcript = proc.stdout + proc.stderr
    problems = []
    if proc.returncode != 0:
        problems.append("exit status %d (expected 0)" % proc.returncode)
    for line, expected in SESSION:
        if expected is not None and expected not in transcript:
            problems.append("after %r expected %r in the output" % (line, expected))
    # one prompt per line typed, plus the one that reads EOF
    for n in range(1, len(SESSION) + 2):
        if "In [%d]:" % n not in proc.stdout:
            problems.append("prompt 'In [%d]:' missing" % n)
    if "Traceback (most recent call last)" in transcript:
        problems.append("a Python traceback was printed")
    if "is_complete" in transcript:
        problems.append("the console complained about is_complete")

    if problems:
        print("FAIL:\n  " + "\n  ".join(problems))
        print("--- stdout ---\n%s\n--- stderr ---\n%s" % (proc.stdout, proc.stderr))
        return 1
    print(proc.stdout)
    print("OK: console session of %d lines finished in %.1f s" % (len(SESSION), elapsed))
    return 0


def _text(b):
    if b is None:
        return ""
    return b.decode("utf-8", "replace") if isinstance(b, bytes) else b


if __name__ == "__main__":
    sys.exit(main())
