"""The pool tells a worker that waits on nothing from one that works: the state and CPU
time of a real process, read from /proc (kg.web.pool.run_state)."""
from __future__ import annotations

import subprocess
import sys
import time

from kg.web.pool import run_state


def test_a_sleeping_process_is_told_from_a_running_one():
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    runner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            (asleep, _), (running, used) = run_state(sleeper.pid), run_state(runner.pid)
            if asleep == "S" and running == "R" and used > 0.05:
                break
            time.sleep(0.05)
        assert (asleep, running) == ("S", "R") and used > 0.05
        assert run_state(2 ** 22 + 7) is None  # (no such process)
    finally:
        sleeper.kill()
        runner.kill()
        sleeper.wait()
        runner.wait()
