"""``python -m bench.voicing`` runs and reports every figure (not the goals: those depend on the machine;
docs/accessibility.md has figures from a known one)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.speech.test_espeak import HAVE_ESPEAK


@pytest.mark.espeak
@pytest.mark.timeout(300)
@pytest.mark.skipif(not HAVE_ESPEAK, reason="espeak-ng (libespeak-ng1) is not installed: apt install espeak-ng")
def test_the_self_voicing_bench_reports_key_to_sound_and_to_silence(tmp_path: Path) -> None:
    out = tmp_path / "voicing.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "bench.voicing", "--runs", "1", "--rate", "350", "--null",
                             "--json", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=280, env=env,
                            check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert len(figures["key_to_sound_ms"]) == figures["keys"] >= 15  # every key was answered aloud
    assert figures["unanswered"] == []
    assert len(figures["hush_to_silence_ms"]) == len(figures["cut_to_silence_ms"]) == 5
    assert "key press to first sound" in result.stdout and "Ctrl (stop) to silence" in result.stdout
