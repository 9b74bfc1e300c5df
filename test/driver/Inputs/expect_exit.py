#!/usr/bin/env python3
"""Runs a command and fails unless it exits with the expected code; passes its output through.

  expect_exit.py <code> <command>...
"""
import subprocess
import sys

expected = int(sys.argv[1])
proc = subprocess.run(sys.argv[2:])
if proc.returncode != expected:
    sys.exit("expect_exit: '%s' exited with %d, expected %d" %
             (" ".join(sys.argv[2:]), proc.returncode, expected))
