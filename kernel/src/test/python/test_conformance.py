"""Jupyter protocol conformance of the ROOT Prompt Java kernel (kernelspec ``root-java``).

Driven by jupyter_kernel_test (the Debian package, 0.4.5) and jupyter_client, i.e. by the
same client code as nbclient and jupyter console.  Every optional sample that this
version of the suite supports is filled in, except ``code_page_something``: the kernel
sends no pager payloads, so ``test_pager`` is removed from this class (not skipped), which
lets ConformanceIT demand that *nothing* is skipped: a skip would hide a missing feature.

Run (JUPYTER_PATH must contain kernels/root-java/kernel.json):

    JUPYTER_PATH=/tmp/ks /usr/bin/python3 -m unittest -v test_conformance

Environment:
    ROOTPROMPT_KERNEL_NAME  kernelspec to test (default ``root-java``)
"""

import os
import time
import unittest

import jupyter_kernel_test
from jupyter_kernel_test.msgspec_v5 import validate_message

KERNEL_NAME = os.environ.get("ROOTPROMPT_KERNEL_NAME", "root-java")


class RootPromptJavaKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = KERNEL_NAME

    # test_kernel_info
    language_name = "java"
    file_extension = ".jshell"

    # test_execute_stdout / test_execute_stderr
    code_hello_world = 'System.out.println("hello, world")'
    code_stderr = 'System.err.println("oops")'

    # test_completion: the match sets must be *exact* (JShell's completion of the text
    # before the cursor, which the suite puts at the end of the text)
    completion_samples = [
        {"text": "Syste", "matches": {"System"}},
        {"text": "Integer.MAX_V", "matches": {"MAX_VALUE"}},
        {"text": "java.util.ArrayLi", "matches": {"ArrayList"}},
        {"text": "Math.ab", "matches": {"abs(", "absExact("}},
        {"text": "System.out.printl", "matches": {"println("}},
    ]

    # test_is_complete (jupyter console relies on this for multi-line input)
    complete_code_samples = [
        "int x = 1;",
        "1 + 1",
        'System.out.println("a")',
        "void f() { }",
        "%%bash\necho hi",
    ]
    incomplete_code_samples = [
        "void f() {",
        "1 +",
        "class A {\n  int x;",
        'String s = "abc" +',
    ]
    invalid_code_samples = [
        "int = ;",
    ]

    # test_error: reply status error and exactly one IOPub output, the error
    code_generate_error = 'throw new RuntimeException("boom")'

    # test_execute_result (and test_history, which re-executes these codes)
    code_execute_result = [
        {"code": "6*7", "result": "42"},
        {"code": '"abc".length()', "result": "3"},
        {"code": '"hello"', "result": '"hello"'},
        {"code": "java.util.List.of(1, 2)", "result": "[1, 2]"},
    ]

    # test_display_data
    code_display_data = [
        {"code": 'display("<b>hi</b>", "text/html")', "mime": "text/html"},
        {"code": 'html("<i>x</i>")', "mime": "text/html"},
        {"code": 'markdown("# title")', "mime": "text/markdown"},
    ]

    # test_history: glob as in IPython, must match exactly one of the codes above
    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = "6?7"

    # test_inspect: JShell documentation of the expression before the cursor
    code_inspect_sample = "Math.abs"

    # test_clear_output
    code_clear_output = "clearOutput()"

    # The kernel sends no pager payloads: remove the suite's test_pager instead of
    # letting it be skipped (unittest only collects callable test_* attributes).
    test_pager = None

    # ---- checks beyond the suite -------------------------------------------------------

    def _reply_to(self, msg_id, timeout=jupyter_kernel_test.TIMEOUT):
        while True:
            reply = self.kc.get_shell_msg(timeout=timeout)
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply

    def test_inspect_call_position(self):
        """Inspect with the cursor right after an opening parenthesis (Shift-Tab in Lab)."""
        self.flush_channels()
        msg_id = self.kc.inspect("Math.max(")
        reply = self._reply_to(msg_id)
        validate_message(reply, "inspect_reply", msg_id)
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertTrue(reply["content"]["found"])
        self.assertIn("text/plain", reply["content"]["data"])
        self.assertIn("max", reply["content"]["data"]["text/plain"])

    def test_is_complete_is_fast(self):
        """jupyter console gives up on the kernel's is_complete after 1 s."""
        self.flush_channels()
        for code in ("void f() {", "int y = 2;"):
            start = time.monotonic()
            msg_id = self.kc.is_complete(code)
            reply = self._reply_to(msg_id)
            validate_message(reply, "is_complete_reply", msg_id)
            self.assertLess(time.monotonic() - start, 1.0, "is_complete of %r too slow" % code)

    def test_bash_cell_magic(self):
        self.flush_channels()
        reply, output_msgs = self.execute_helper(code="%%bash\necho from bash")
        self.assertEqual(reply["content"]["status"], "ok")
        text = "".join(m["content"]["text"] for m in output_msgs
                       if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")
        self.assertIn("from bash", text)

    def test_state_persists_between_cells(self):
        self.flush_channels()
        reply, _ = self.execute_helper(code="int conformanceX = 20;")
        self.assertEqual(reply["content"]["status"], "ok")
        reply, output_msgs = self.execute_helper(code="conformanceX + 22")
        self.assertEqual(reply["content"]["status"], "ok")
        results = [m for m in output_msgs if m["msg_type"] == "execute_result"]
        self.assertEqual(len(results), 1)
        self.assertEqual(results[0]["content"]["data"]["text/plain"], "42")

    def test_compile_error_is_one_error_output(self):
        self.flush_channels()
        reply, output_msgs = self.execute_helper(code="undefinedConformanceVariable")
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual([m["msg_type"] for m in output_msgs], ["error"])

    def test_execution_count_increments(self):
        self.flush_channels()
        first, _ = self.execute_helper(code="1")
        second, _ = self.execute_helper(code="2")
        self.assertEqual(second["content"]["execution_count"],
                         first["content"]["execution_count"] + 1)

    def test_silent_execution_has_no_outputs(self):
        self.flush_channels()
        reply, output_msgs = self.execute_helper(code="6*7", silent=True, store_history=False)
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual([m["msg_type"] for m in output_msgs], [])

    def test_comm_info(self):
        self.flush_channels()
        msg_id = self.kc.comm_info()
        reply = self._reply_to(msg_id)
        validate_message(reply, "comm_info_reply", msg_id)
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertIsInstance(reply["content"]["comms"], dict)


if __name__ == "__main__":
    unittest.main(verbosity=2)
