"""``python -m bench.app`` runs from a clean start and reports every figure (not the goals:
those depend on the machine; README.md has figures from a known one)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.mark.timeout(900)  # deadlines for a hang: the benchmark takes about 20 s on a quiet machine
@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="the benchmark runs from a checkout (bench/ is not installed with the app)")
def test_bench_reports_every_figure_against_the_bare_window(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "bench.app", "--runs", "1", "--speech", "fake", "--json", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=800, env=env, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    rows = {row["metric"]: row for row in report["summary"]}
    for metric in ("start_ms", "start_cpu_ms", "size_step_ms", "stall_sizes_ms", "max_rss_mb"):
        assert rows[metric]["app"] > 0 and rows[metric]["bare"] > 0, metric
        assert rows[metric]["ratio"] == pytest.approx(rows[metric]["app"] / rows[metric]["bare"])
    for metric in ("theme_change_ms", "font_change_ms", "theme_change_first_ms", "font_change_first_ms",
                   "theme_change_worst_ms", "font_change_worst_ms", "size_step_worst_ms"):
        assert rows[metric]["app"] > 0, metric  # the app's restyles, each timed
    for metric in ("stall_speech_ms", "speech_first_word_ms", "speech_first_word_warm_ms", "speech_stop_ms"):
        assert rows[metric]["app"] is not None, metric  # the fake engine spoke
    assert report["app"][0]["characters"] > 5000  # the whole policy was laid out, not an error message
    assert "start to first painted window (ms)" in result.stdout
    assert "machine: " in result.stdout
