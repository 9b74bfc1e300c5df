"""expect_exit.py <code> <command...>: runs the command, passes its output through, and succeeds
only when it exits with <code> (lit's 'not' accepts any failure)."""
import subprocess
import sys

code = subprocess.run(sys.argv[2:]).returncode
if code != int(sys.argv[1]):
    sys.exit(f"expect_exit: {sys.argv[2]} exited with {code}, expected {sys.argv[1]}")
