"""Regression floors on the newer gold sets: tests/data/dev2, dev5 to dev20 and dev22 (used to guide
general fixes) and tests/data/heldout3 (30 articles, held out: only its summary figures are
read; see its README's log).  Each floor is a measured value minus about 0.05, rounded down
to a multiple of 0.05; raise them when the extractor improves.  ``pytest -s`` prints the
reports.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from goldset import build_and_score

from graph.evaluate import EvalReport

DATA = Path(__file__).parent / "data"

# set: (F1 floors per type, accuracy floors)
FLOORS = {
    # measured 2026-11-24 00:50: 0.91 / 0.86 / 0.91, country 0.90, date 0.78
    "dev2": (
        {"officials": 0.85, "meetings": 0.80, "agreements": 0.85},
        {"official_country": 0.85, "meeting_date": 0.70},
    ),
    # measured 2026-12-02 01:50: 0.94 / 0.87 / 0.89, country 1.00, date 0.93 (first blind
    # run: 0.86 / 0.79 / 0.89)
    "dev5": (
        {"officials": 0.85, "meetings": 0.80, "agreements": 0.80},
        {"official_country": 0.95, "meeting_date": 0.85},
    ),
    # measured 2026-12-02 01:50: 0.93 / 0.93 / 0.73, country 0.95, date 0.96 (first blind
    # run: 0.87 / 0.80 / 0.73)
    "dev6": (
        {"officials": 0.85, "meetings": 0.85, "agreements": 0.65},
        {"official_country": 0.90, "meeting_date": 0.90},
    ),
    # measured 2026-12-02 04:25: 0.88 / 0.78 / 0.89, country 0.79, date 0.85 (first blind
    # run: 0.79 / 0.67 / 0.85)
    "dev7": (
        {"officials": 0.80, "meetings": 0.70, "agreements": 0.80},
        {"official_country": 0.70, "meeting_date": 0.80},
    ),
    # measured 2026-12-02 04:25: 0.91 / 0.88 / 0.82, country 0.96, date 0.92 (first blind
    # run: 0.85 / 0.68 / 0.71)
    "dev8": (
        {"officials": 0.85, "meetings": 0.80, "agreements": 0.75},
        {"official_country": 0.90, "meeting_date": 0.85},
    ),
    # measured 2026-12-02 07:45: 0.92 / 0.87 / 0.77, country 0.94, date 1.00, role 0.83 (first
    # blind run on 360026f: 0.87 / 0.75 / 0.77)
    "dev9": (
        {"officials": 0.85, "meetings": 0.80, "agreements": 0.70},
        {"official_country": 0.85, "meeting_date": 0.85, "official_role": 0.75},
    ),
    # measured 2026-12-02 07:45: 0.94 / 0.97 / 0.95, country 0.92, date 0.96, role 0.97 (first
    # blind run on 02082d3: 0.88 / 0.87 / 0.95)
    "dev10": (
        {"officials": 0.85, "meetings": 0.90, "agreements": 0.90},
        {"official_country": 0.85, "meeting_date": 0.90, "official_role": 0.90},
    ),
    # measured 2026-12-02 10:25: 0.98 / 0.97 / 0.97, country 0.95, date 0.94, role 0.95 (first
    # blind run on 7b351d4: 0.94 / 0.92 / 0.97, country 0.83, date 0.90, role 0.91)
    "dev11": (
        {"officials": 0.90, "meetings": 0.90, "agreements": 0.90},
        {"official_country": 0.90, "meeting_date": 0.85, "official_role": 0.90},
    ),
    # measured 2026-12-02 11:10: 0.94 / 0.91 / 0.77, country 0.97, date 0.97, role 0.96 (first
    # blind run on f6aa6d7: 0.86 / 0.78 / 0.77, country 0.95, date 0.92); 13:16: 1.00 / 1.00 /
    # 1.00, country 1.00, date 0.97, role 0.96; 13:35: agreements 0.86 (the Congo rule dropped)
    "dev12": (
        {"officials": 0.90, "meetings": 0.90, "agreements": 0.80},
        {"official_country": 0.90, "meeting_date": 0.90, "official_role": 0.90},
    ),
    # measured 2026-12-02 13:16: 0.97 / 0.96 / 0.46, country 0.99, date 0.90, role 0.98 (first
    # blind run on b9ef729: 0.83 / 0.71 / 0.32, country 0.94, date 0.70, role 0.93)
    "dev13": (
        {"officials": 0.90, "meetings": 0.90, "agreements": 0.40},
        {"official_country": 0.90, "meeting_date": 0.85, "official_role": 0.90},
    ),
    # measured 2026-12-02 16:05: 0.87 / 0.75 / 0.80, country 0.96, date 0.92, role 1.00 (first
    # blind run on b9ef729: 0.81 / 0.62 / 0.80, country 0.88, date 0.78)
    "dev14": (
        {"officials": 0.80, "meetings": 0.70, "agreements": 0.75},
        {"official_country": 0.90, "meeting_date": 0.85, "official_role": 0.90},
    ),
    # measured 2026-12-02 16:05: 0.97 / 0.97 / 0.92, country 0.96, date 0.97, role 1.00 (first
    # blind run on 15cc736: 0.86 / 0.73 / 0.92, country 0.91, date 0.95, role 0.96)
    "dev15": (
        {"officials": 0.90, "meetings": 0.90, "agreements": 0.85},
        {"official_country": 0.90, "meeting_date": 0.90, "official_role": 0.90},
    ),
    # measured 2026-12-02 18:40: 0.93 / 0.93 / 0.91, country 0.94, date 0.94, role 0.96 (first
    # blind run on 15cc736: 0.86 / 0.83 / 0.91, country 0.92, date 0.86, role 0.92)
    "dev16": (
        {"officials": 0.85, "meetings": 0.85, "agreements": 0.85},
        {"official_country": 0.85, "meeting_date": 0.85, "official_role": 0.90},
    ),
    # measured 2026-12-02 18:40: 0.93 / 0.93 / 0.44, country 0.96, date 0.90, role 0.92 (first
    # blind run on 2a30a13: 0.80 / 0.62 / 0.36, country 0.87, date 0.84, role 0.85)
    "dev17": (
        {"officials": 0.85, "meetings": 0.85, "agreements": 0.35},
        {"official_country": 0.90, "meeting_date": 0.85, "official_role": 0.85},
    ),
    # measured 2026-12-02 20:35: 0.95 / 0.96 / 0.83, country 0.94, date 1.00, role 0.90
    # (first blind run on 2a30a13: 0.84 / 0.72 / 0.80, country 0.91, date 1.00, role 0.86)
    "dev18": (
        {"officials": 0.90, "meetings": 0.90, "agreements": 0.75},
        {"official_country": 0.85, "meeting_date": 0.95, "official_role": 0.85},
    ),
    # measured 2026-12-02 20:35: 0.94 / 0.94 / 0.92, country 1.00, date 0.97, role 0.97
    # (first blind run on 2cb0aab: 0.88 / 0.79 / 0.92, country 0.91, date 1.00, role 0.82)
    "dev19": (
        {"officials": 0.85, "meetings": 0.85, "agreements": 0.85},
        {"official_country": 0.90, "meeting_date": 0.90, "official_role": 0.90},
    ),
    # measured 2026-12-02 22:50: 0.96 / 0.94 / 0.95, country 0.95, date 0.93, role 0.95
    # (first blind run on 2cb0aab: 0.90 / 0.79 / 0.82, country 0.91, date 0.91, role 0.91)
    "dev20": (
        {"officials": 0.90, "meetings": 0.85, "agreements": 0.90},
        {"official_country": 0.90, "meeting_date": 0.85, "official_role": 0.90},
    ),
    # measured 2026-12-02 22:50: 0.93 / 0.86 / 0.90, country 0.99, date 0.92, role 0.97
    # (first blind run on b82f442: 0.71 / 0.45 / 0.90, country 0.96, date 0.73, role 0.80)
    "dev22": (
        {"officials": 0.85, "meetings": 0.80, "agreements": 0.85},
        {"official_country": 0.90, "meeting_date": 0.85, "official_role": 0.90},
    ),
    # measured 2026-12-03 01:41: 0.99 / 0.98 / 0.76, country 0.96, date 0.90, role 0.93
    # (first blind run on b82f442: 0.88 / 0.79 / 0.76, country 0.93, date 0.91, role 0.85)
    "dev21": (
        {"officials": 0.90, "meetings": 0.90, "agreements": 0.70},
        {"official_country": 0.90, "meeting_date": 0.85, "official_role": 0.85},
    ),
    # measured 2026-12-03 01:41: 0.93 / 0.95 / 0.55, country 0.97, date 0.85, role 0.99
    # (first blind run on f9c8a82: 0.83 / 0.68 / 0.48, country 0.92, date 0.82, role 0.86)
    "dev23": (
        {"officials": 0.85, "meetings": 0.85, "agreements": 0.45},
        {"official_country": 0.90, "meeting_date": 0.80, "official_role": 0.90},
    ),
    # measured 2026-12-03 04:39: 0.89 / 0.85 / 0.85, country 0.97, date 0.93, role 0.97
    # (first blind run on f9c8a82: 0.83 / 0.75 / 0.82, country 0.91, date 0.91, role 0.93)
    "dev24": (
        {"officials": 0.85, "meetings": 0.80, "agreements": 0.80},
        {"official_country": 0.90, "meeting_date": 0.85, "official_role": 0.90},
    ),
    # measured 2026-12-03 04:39: 0.93 / 0.85 / 0.93, country 0.99, date 0.91, role 0.96
    # (first blind run on 53581e6: 0.85 / 0.65 / 0.93, country 0.93, date 0.86, role 0.96)
    "dev25": (
        {"officials": 0.85, "meetings": 0.80, "agreements": 0.85},
        {"official_country": 0.90, "meeting_date": 0.85, "official_role": 0.90},
    ),
    # measured 2026-12-03 07:13: 0.96 / 0.92 / 0.88, country 1.00, date 0.91, role 0.99
    # (first blind run on 53581e6: 0.83 / 0.70 / 0.82, country 0.98, date 0.91, role 0.96)
    "dev26": (
        {"officials": 0.90, "meetings": 0.85, "agreements": 0.80},
        {"official_country": 0.90, "meeting_date": 0.85, "official_role": 0.90},
    ),
    # measured 2026-12-03 07:13: 0.94 / 0.86 / 0.86, country 0.96, date 0.90, role 0.99
    # (first blind run on de98386: 0.89 / 0.80 / 0.91, country 0.93, date 0.84, role 0.90)
    "dev27": (
        {"officials": 0.90, "meetings": 0.80, "agreements": 0.80},
        {"official_country": 0.90, "meeting_date": 0.85, "official_role": 0.90},
    ),
    # measured 2026-12-03 09:45: 0.99 / 0.97 / 1.00, country 0.97, date 0.94, role 1.00
    # (on aa8e6f1, while unseen: 0.90 / 0.83 / 0.98, country 0.97, date 0.92, role 0.94)
    "dev28": (
        {"officials": 0.92, "meetings": 0.90, "agreements": 0.90},
        {"official_country": 0.90, "meeting_date": 0.85, "official_role": 0.90},
    ),
    # measured 2026-12-03 09:45: 0.99 / 0.99 / 1.00, country 0.97, date 0.97, role 0.97
    # (first blind run on d05bf44: 0.84 / 0.75 / 0.98, country 0.91, date 0.96, role 0.94)
    "dev29": (
        {"officials": 0.92, "meetings": 0.90, "agreements": 0.90},
        {"official_country": 0.90, "meeting_date": 0.85, "official_role": 0.90},
    ),
    # measured 2026-12-03 13:20: 1.00 / 1.00 / 0.96, country 1.00, date 0.97, role 1.00
    # (on 60133fa, while unseen: 0.88 / 0.77 / 0.94, country 0.95, date 0.88, role 0.97)
    "dev30": (
        {"officials": 0.92, "meetings": 0.90, "agreements": 0.90},
        {"official_country": 0.90, "meeting_date": 0.85, "official_role": 0.90},
    ),
    # measured 2026-12-03 13:20: 0.96 / 0.89 / 0.97, country 0.98, date 1.00, role 0.98
    # (first blind run on 60133fa: 0.90 / 0.77 / 0.97, country 0.98, date 1.00, role 0.95)
    "dev31": (
        {"officials": 0.90, "meetings": 0.80, "agreements": 0.90},
        {"official_country": 0.90, "meeting_date": 0.85, "official_role": 0.90},
    ),
    # measured 2026-12-03 16:35: 0.98 / 0.99 / 0.98, country 1.00, date 0.94, role 0.98
    # (on eb180e9, before it guided fixes: 0.90 / 0.84 / 0.95, country 0.95, date 0.92, role 0.95)
    "dev32": (
        {"officials": 0.92, "meetings": 0.90, "agreements": 0.90},
        {"official_country": 0.90, "meeting_date": 0.85, "official_role": 0.90},
    ),
    # measured 2026-12-03 16:35: 0.98 / 0.97 / 0.98, country 1.00, date 1.00, role 0.95
    # (first blind run on eb180e9: 0.88 / 0.80 / 0.91, country 0.93, date 0.96, role 0.84)
    "dev34": (
        {"officials": 0.92, "meetings": 0.90, "agreements": 0.90},
        {"official_country": 0.90, "meeting_date": 0.85, "official_role": 0.88},
    ),
    # measured 2026-12-03 19:08: 0.98 / 0.97 / 0.96, country 0.97, date 1.00, role 1.00
    # (on eb180e9, while unseen: 0.88 / 0.75 / 0.93, country 0.95, date 0.91, role 0.95)
    "dev33": (
        {"officials": 0.92, "meetings": 0.90, "agreements": 0.90},
        {"official_country": 0.90, "meeting_date": 0.85, "official_role": 0.90},
    ),
    # measured 2026-12-03 22:35: 0.95 / 0.95 / 0.95, country 1.00, date 0.97, role 0.97
    # (first blind run on 8d6d466: 0.89 / 0.87 / 0.90, country 0.98, date 0.93, role 0.86)
    "dev35": (
        {"officials": 0.90, "meetings": 0.90, "agreements": 0.88},
        {"official_country": 0.90, "meeting_date": 0.85, "official_role": 0.90},
    ),
    # measured 2026-12-03 22:35: 0.98 / 0.95 / 1.00, country 0.98, date 1.00, role 0.98
    # (first blind run on 8d6d466: 0.92 / 0.80 / 0.93, country 0.92, date 1.00, role 0.73)
    "dev36": (
        {"officials": 0.92, "meetings": 0.90, "agreements": 0.90},
        {"official_country": 0.90, "meeting_date": 0.85, "official_role": 0.90},
    ),
    # measured 2026-12-04 00:25: 0.98 / 0.97 / 1.00, country 1.00, date 1.00, role 0.97
    # (first blind run on 7c6fb2e: 0.83 / 0.75 / 0.94, country 0.98, date 1.00, role 0.85)
    "dev37": (
        {"officials": 0.93, "meetings": 0.92, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.92},
    ),
    # measured 2026-12-04 00:25: 0.96 / 0.96 / 0.98, country 1.00, date 1.00, role 1.00
    # (first blind run on 7c6fb2e: 0.87 / 0.76 / 0.86, country 0.97, date 1.00, role 0.81)
    "dev38": (
        {"officials": 0.92, "meetings": 0.90, "agreements": 0.92},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.93},
    ),
    # measured 2026-12-04 02:30: 0.96 / 0.98 / 1.00, country 1.00, date 1.00, role 1.00
    # (first blind run on 7a5306a: 0.91 / 0.85 / 0.98, country 0.97, date 0.96, role 0.93)
    "dev39": (
        {"officials": 0.93, "meetings": 0.94, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-04 02:30: 0.98 / 0.98 / 0.98, country 1.00, date 1.00, role 1.00
    # (first blind run on 7a5306a: 0.94 / 0.87 / 0.86, country 0.97, date 0.96, role 0.90)
    "dev40": (
        {"officials": 0.94, "meetings": 0.94, "agreements": 0.94},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-04 05:45: 0.98 / 1.00 / 0.98, country 1.00, date 1.00, role 0.98
    # (first blind run on 3049b2a: 0.93 / 0.95 / 0.98, country 0.93, date 1.00, role 0.89)
    "dev41": (
        {"officials": 0.94, "meetings": 0.95, "agreements": 0.94},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.93},
    ),
    # measured 2026-12-04 05:55: 0.97 / 0.96 / 0.98, country 1.00, date 1.00, role 0.92
    # (first blind run on 3049b2a: 0.84 / 0.78 / 0.93, country 0.93, date 1.00, role 0.84)
    "dev42": (
        {"officials": 0.93, "meetings": 0.90, "agreements": 0.94},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.88},
    ),
    # measured 2026-12-04 17:08 (63bc199 less a French title): 0.99 / 0.98 / 0.90, country
    # 0.98, date 1.00, role 0.98 (first blind run on f8c7f5e: 0.92 / 0.85 / 0.82, country 0.89)
    "dev43": (
        {"officials": 0.94, "meetings": 0.93, "agreements": 0.85},
        {"official_country": 0.93, "meeting_date": 0.95, "official_role": 0.93},
    ),
    # measured 2026-12-04 17:08: 0.96 / 0.94 / 1.00, country 1.00, date 0.97, role 1.00 (first
    # blind run on f8c7f5e: 0.85 / 0.72 / 1.00, country 0.94, date 0.86, role 0.79)
    "dev44": (
        {"officials": 0.91, "meetings": 0.89, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.92, "official_role": 0.95},
    ),
    # measured 2026-12-04 20:10 (dbe2dab): 0.97 / 0.97 / 1.00, country 1.00, date 1.00, role
    # 1.00 (first blind run on 5d24fd1: 0.90 / 0.85 / 0.96, country 0.91)
    "dev45": (
        {"officials": 0.93, "meetings": 0.92, "agreements": 0.93},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-04 20:10: 0.99 / 0.99 / 0.93, country 0.96, date 0.97, role 0.97 (first
    # blind run on 5d24fd1: 0.95 / 0.94 / 0.83, country 0.87, date 0.84, role 0.93)
    "dev46": (
        {"officials": 0.94, "meetings": 0.94, "agreements": 0.88},
        {"official_country": 0.91, "meeting_date": 0.92, "official_role": 0.92},
    ),
    # measured 2026-12-04 20:36: 0.99 / 0.92 / 0.92, country 0.95, date 0.96, role 0.98 (first
    # blind run on a152331: 0.89 / 0.78 / 0.92, country 0.85, date 0.78, role 0.86)
    "dev47": (
        {"officials": 0.92, "meetings": 0.84, "agreements": 0.87},
        {"official_country": 0.90, "meeting_date": 0.88, "official_role": 0.93},
    ),
    # measured 2026-12-04 22:20 (next session): 0.99 / 0.99 / 1.00, country 0.96, date 1.00,
    # role 0.96 (first blind run on a152331: 0.94 / 0.84 / 0.97, country 0.91, date 0.88)
    "dev48": (
        {"officials": 0.94, "meetings": 0.93, "agreements": 0.95},
        {"official_country": 0.91, "meeting_date": 0.94, "official_role": 0.91},
    ),
    # measured 2026-12-05 00:31: 0.96 / 0.91 / 0.97, country 1.00, date 1.00, role 1.00
    # (first blind run on 7328e3e: 0.92 / 0.85 / 0.95, country 1.00, date 1.00, role 0.86)
    "dev49": (
        {"officials": 0.91, "meetings": 0.86, "agreements": 0.92},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-05 00:31: 0.95 / 0.93 / 0.97, country 1.00, date 1.00, role 1.00
    # (first blind run on 7328e3e: 0.91 / 0.83 / 0.86)
    "dev50": (
        {"officials": 0.90, "meetings": 0.88, "agreements": 0.92},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-05 02:52: 0.93 / 0.95 / 0.97, country 1.00, date 1.00, role 1.00
    # (first blind run on bcc8c39: 0.92 / 0.92 / 0.94, country 0.95, date 1.00)
    "dev51": (
        {"officials": 0.88, "meetings": 0.90, "agreements": 0.92},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-05 02:52: 0.94 / 0.90 / 0.97, country 0.96, date 0.97, role 0.97
    # (first blind run on bcc8c39: 0.86 / 0.69 / 0.92, country 0.91, date 0.96)
    "dev52": (
        {"officials": 0.89, "meetings": 0.85, "agreements": 0.92},
        {"official_country": 0.91, "meeting_date": 0.92, "official_role": 0.92},
    ),
    # measured 2026-12-05 03:23: 0.95 / 0.95 / 0.98, country 0.98, date 0.97, role 0.98
    # (first blind run on 9314dc2: 0.89 / 0.87 / 0.97, country 0.90, date 0.90, role 0.81)
    "dev53": (
        {"officials": 0.90, "meetings": 0.90, "agreements": 0.93},
        {"official_country": 0.93, "meeting_date": 0.92, "official_role": 0.93},
    ),
    # measured 2026-12-05 06:05: 0.98 / 0.97 / 1.00, country 1.00, date 1.00, role 1.00
    # (first blind run on 9314dc2: 0.96 / 0.95 / 0.91, country 1.00, date 1.00, role 0.94)
    "dev54": (
        {"officials": 0.93, "meetings": 0.92, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-05 06:05: 0.96 / 0.97 / 0.99, country 1.00, date 1.00, role 1.00
    # (first blind run on 1e76a94: 0.91 / 0.87 / 0.94, country 0.98, date 0.96, role 0.95)
    "dev55": (
        {"officials": 0.91, "meetings": 0.92, "agreements": 0.94},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-05 08:10: 0.96 / 0.94 / 1.00, country 1.00, date 1.00, role 0.98
    # (first blind run on 1e76a94: 0.89 / 0.87 / 0.97, country 0.93, date 0.96, role 0.86)
    "dev56": (
        {"officials": 0.91, "meetings": 0.89, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.93},
    ),
    # measured 2026-12-05 08:10: 0.91 / 0.89 / 0.98, country 1.00, date 1.00, role 1.00
    # (first blind run on 84ffeb7: 0.89 / 0.85 / 0.91, country 0.96, date 1.00, role 0.88)
    "dev57": (
        {"officials": 0.86, "meetings": 0.84, "agreements": 0.93},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-05 10:12: 0.97 / 0.96 / 0.89, country 0.99, date 1.00, role 0.99
    # (first blind run on 84ffeb7: 0.94 / 0.83 / 0.81, country 0.94, role 0.93)
    "dev58": (
        {"officials": 0.92, "meetings": 0.91, "agreements": 0.84},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-05 11:08: 0.91 / 0.92 / 0.94, country 1.00, date 0.96, role 0.92
    # (first blind run on a91bb80: 0.85 / 0.75 / 0.93, country 0.95, role 0.68)
    "dev60": (
        {"officials": 0.86, "meetings": 0.87, "agreements": 0.89},
        {"official_country": 0.95, "meeting_date": 0.91, "official_role": 0.87},
    ),
    # measured 2026-12-05 13:05: 0.98 / 0.96 / 1.00, country 1.00, date 1.00, role 1.00
    # (first blind run on a91bb80: 0.94 / 0.90 / 0.93, country 0.98, role 0.94)
    "dev59": (
        {"officials": 0.93, "meetings": 0.91, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-05 13:05: 0.98 / 0.99 / 1.00, country 1.00, date 1.00, role 1.00
    # (first blind run on e889921: 0.93 / 0.89 / 1.00, country 0.98, role 0.92)
    "dev61": (
        {"officials": 0.93, "meetings": 0.94, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-05 13:05: 0.99 / 1.00 / 0.94, country 1.00, date 1.00, role 0.97
    # (first blind run on 9ca1e06: 0.96 / 0.89 / 0.92, country 0.95, role 0.94)
    "dev63": (
        {"officials": 0.94, "meetings": 0.95, "agreements": 0.89},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.92},
    ),
    # measured 2026-12-05 22:20: 0.96 / 0.96 / 1.00, country 1.00, date 1.00, role 0.88
    # (first blind run on e889921: 0.89 / 0.84 / 1.00, country 0.98, role 0.86)
    "dev62": (
        {"officials": 0.91, "meetings": 0.91, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.83},
    ),
    # measured 2026-12-05 22:20: 0.99 / 0.97 / 1.00, country 1.00, date 1.00, role 0.97
    # (first blind run on aca835b: 0.97 / 0.92 / 1.00, country 0.98, role 0.95)
    "dev64": (
        {"officials": 0.94, "meetings": 0.92, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.92},
    ),
    # measured 2026-12-06 01:05: 0.97 / 0.97 / 0.98, country 1.00, date 1.00, role 0.97
    # (first blind run on aca835b: 0.92 / 0.90 / 0.95, country 1.00, role 0.95)
    "dev65": (
        {"officials": 0.94, "meetings": 0.94, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.92},
    ),
    # measured 2026-12-06 01:05: 0.95 / 0.94 / 0.94, country 1.00, date 1.00, role 0.97
    # (first blind run on 724dd04: 0.94 / 0.91 / 0.94, country 1.00, date 0.93, role 0.98)
    "dev67": (
        {"officials": 0.92, "meetings": 0.91, "agreements": 0.91},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.92},
    ),
    # measured 2026-12-06 01:05: 0.91 / 0.88 / 0.96, country 1.00, date 0.94, role 0.94
    # (first blind run on f66c953: 0.91 / 0.88 / 0.96, country 1.00, date 0.94, role 0.90)
    "dev69": (
        {"officials": 0.88, "meetings": 0.85, "agreements": 0.93},
        {"official_country": 0.95, "meeting_date": 0.90, "official_role": 0.90},
    ),
    # measured 2026-12-06 03:50: 0.90 / 0.84 / 0.95, country 1.00, date 1.00, role 0.98
    # (first blind run on d2fe297: 0.89 / 0.81 / 0.95, country 1.00, date 1.00, role 0.92)
    "dev70": (
        {"officials": 0.85, "meetings": 0.79, "agreements": 0.90},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.93},
    ),
    # measured 2026-12-06 03:50: 0.97 / 0.96 / 0.94, country 0.97, date 1.00, role 0.98
    # (first blind run on d82ea3a: 0.97 / 0.91 / 0.91, country 0.92, date 1.00, role 0.95)
    "dev72": (
        {"officials": 0.92, "meetings": 0.91, "agreements": 0.89},
        {"official_country": 0.92, "meeting_date": 0.95, "official_role": 0.93},
    ),
    # measured 2026-12-06 06:05: 0.97 / 0.98 / 1.00, country 1.00, date 1.00, role 0.97
    # (first blind run on 6e2dfbe: 0.92 / 0.86 / 0.95, country 0.98, date 0.96, role 0.95)
    "dev73": (
        {"officials": 0.93, "meetings": 0.93, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.93},
    ),
    # measured 2026-12-06 06:05: 0.96 / 0.94 / 0.91, country 1.00, date 1.00, role 1.00
    # (first blind run on 80de75d: 0.93 / 0.88 / 0.87, country 0.98, date 0.93, role 0.98)
    "dev75": (
        {"officials": 0.92, "meetings": 0.89, "agreements": 0.86},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-06 08:40: 0.96 / 0.94 / 0.95, country 1.00, date 1.00, role 0.99
    # (first blind run on 5225bc5: 0.95 / 0.90 / 0.90, country 0.96, date 0.90, role 0.97)
    "dev77": (
        {"officials": 0.93, "meetings": 0.90, "agreements": 0.90},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-06 11:05: 0.99 / 0.99 / 0.99, country 1.00, date 1.00, role 1.00
    # (first blind run on 21c3362: 0.96 / 0.89 / 0.89, country 1.00, date 0.96, role 0.98)
    "dev79": (
        {"officials": 0.95, "meetings": 0.93, "agreements": 0.93},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-06 14:00: 0.98 / 0.97 / 0.97, country 1.00, date 0.97, role 0.95
    # (first blind run on 93db4dc: 0.95 / 0.91 / 0.95, country 0.98, date 0.97, role 0.87)
    "dev81": (
        {"officials": 0.95, "meetings": 0.94, "agreements": 0.94},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.90},
    ),
    # measured 2026-12-06 14:00: 0.98 / 0.96 / 1.00, country 1.00, date 1.00, role 1.00
    # (first blind run on 0d5b12f: 0.97 / 0.94 / 0.98, country 0.97, date 1.00, role 0.98)
    "dev83": (
        {"officials": 0.95, "meetings": 0.93, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-06 14:10: 0.99 / 0.99 / 0.98, country 1.00, date 1.00, role 0.91
    # (first blind run on 7300c0a: 0.97 / 0.96 / 0.93, country 0.97, date 1.00, role 0.86)
    "dev84": (
        {"officials": 0.96, "meetings": 0.95, "agreements": 0.90},
        {"official_country": 0.94, "meeting_date": 0.95, "official_role": 0.85},
    ),
    # measured 2026-12-06 16:15: 0.98 / 0.97 / 0.97, country 1.00, date 1.00, role 0.93
    # (first blind run on 6991304: 0.99 / 0.99 / 0.95, country 0.97, date 1.00, role 0.91)
    "dev86": (
        {"officials": 0.95, "meetings": 0.94, "agreements": 0.93},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.88},
    ),
    # measured 2026-12-06 16:15: 0.97 / 0.96 / 0.97, country 1.00, date 1.00, role 1.00
    # (first blind run on bf5793e: 0.95 / 0.93 / 0.95, country 1.00, date 0.97, role 1.00)
    "dev87": (
        {"officials": 0.94, "meetings": 0.93, "agreements": 0.93},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-06 16:15: 0.99 / 0.97 / 0.99, country 1.00, date 1.00, role 0.98
    # (first blind run on 5cc3d1d: 0.99 / 0.97 / 0.96, country 1.00, date 1.00, role 0.98)
    "dev89": (
        {"officials": 0.96, "meetings": 0.94, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.93},
    ),
    # measured 2026-12-06 16:45: 0.96 / 0.92 / 0.95, country 1.00, date 1.00, role 1.00
    # (first blind run on 45f9432: 0.96 / 0.92 / 0.91, country 1.00, date 1.00, role 1.00)
    "dev90": (
        {"officials": 0.93, "meetings": 0.89, "agreements": 0.90},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-06 18:35: 0.96 / 0.96 / 0.97, country 1.00, date 1.00, role 1.00
    # (first blind run on 1c7c9f5: 0.94 / 0.88 / 0.97, country 1.00, date 0.97, role 1.00)
    "dev91": (
        {"officials": 0.93, "meetings": 0.93, "agreements": 0.93},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-06 18:35: 0.98 / 0.97 / 0.85, country 0.98, date 0.97, role 0.97
    # (first blind run on 8f1ba00: 0.95 / 0.94 / 0.85, country 0.98, date 0.85, role 0.95)
    "dev93": (
        {"officials": 0.95, "meetings": 0.93, "agreements": 0.80},
        {"official_country": 0.95, "meeting_date": 0.93, "official_role": 0.93},
    ),
    # measured 2026-12-06 21:25: 0.96 / 0.92 / 1.00, country 1.00, date 1.00, role 0.94
    # (first blind run on 20053cb: 0.96 / 0.91 / 1.00, country 1.00, date 0.94, role 0.94)
    "dev95": (
        {"officials": 0.93, "meetings": 0.88, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.90},
    ),
    # measured 2026-12-06 21:25: 0.96 / 0.95 / 0.99, country 1.00, date 1.00, role 0.99
    # (first blind run on 877384f: 0.94 / 0.92 / 0.91, country 0.97, date 0.97, role 0.97)
    "dev97": (
        {"officials": 0.93, "meetings": 0.92, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-06 23:30: 0.98 / 0.97 / 1.00, country 1.00, date 1.00, role 1.00
    # (first blind run on 8d2f994: 0.98 / 0.97 / 0.95, country 1.00, date 1.00, role 1.00)
    "dev99": (
        {"officials": 0.93, "meetings": 0.92, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-06 23:30: 0.95 / 0.94 / 1.00, country 0.99, date 1.00, role 0.99
    # (first blind run on 616a6a9: 0.92 / 0.87 / 0.95, country 0.98, date 0.97, role 0.98)
    "dev101": (
        {"officials": 0.90, "meetings": 0.89, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-07 02:10: 0.98 / 0.99 / 0.97, country 1.00, date 1.00, role 0.98
    # (first blind run on be88b5d: 0.96 / 0.94 / 0.97, country 0.98, date 1.00, role 0.98)
    "dev105": (
        {"officials": 0.93, "meetings": 0.95, "agreements": 0.93},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-07 02:10: 0.95 / 0.92 / 0.90, country 1.00, date 0.91, role 1.00
    # (first blind run on be88b5d: 0.95 / 0.92 / 0.90, country 0.97, date 0.83, role 0.91)
    "dev107": (
        {"officials": 0.92, "meetings": 0.89, "agreements": 0.85},
        {"official_country": 0.95, "meeting_date": 0.85, "official_role": 0.95},
    ),
    # measured 2026-12-07 05:00: 0.99 / 0.99 / 0.96, country 1.00, date 1.00, role 1.00
    # (first blind run on b66e5e3: 0.99 / 0.96 / 0.93, country 0.97, date 0.97, role 0.96)
    "dev109": (
        {"officials": 0.95, "meetings": 0.95, "agreements": 0.92},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-07 05:00: 0.95 / 0.97 / 0.99, country 1.00, date 0.97, role 1.00
    # (first blind run on b66e5e3: 0.95 / 0.93 / 0.97, country 1.00, date 1.00, role 1.00)
    "dev111": (
        {"officials": 0.92, "meetings": 0.93, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.93, "official_role": 0.95},
    ),
    # measured 2026-12-07 05:00: 0.99 / 0.99 / 0.93, country 1.00, date 1.00, role 0.98
    # (first blind run on 259bd9f: 0.98 / 0.96 / 0.92, country 1.00, date 1.00, role 0.98)
    "dev113": (
        {"officials": 0.95, "meetings": 0.95, "agreements": 0.89},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-07 07:25: 0.95 / 0.92 / 0.98, country 1.00, date 1.00, role 0.97
    # (first blind run on 68dafd9: 0.93 / 0.85 / 0.92, country 1.00, date 0.93, role 0.97)
    "dev115": (
        {"officials": 0.90, "meetings": 0.85, "agreements": 0.90},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.90},
    ),
    # measured 2026-12-07 07:25: 0.96 / 0.95 / 1.00, country 1.00, date 0.97, role 1.00
    # (first blind run on 68dafd9: 0.96 / 0.95 / 1.00, country 0.99, date 0.86, role 1.00)
    "dev117": (
        {"officials": 0.90, "meetings": 0.90, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.90, "official_role": 0.95},
    ),
    # measured 2026-12-07 07:25: 0.98 / 0.96 / 0.96, country 1.00, date 1.00, role 0.91
    # (first blind run on 8040298: 0.98 / 0.96 / 0.96, country 1.00, date 1.00, role 0.88)
    "dev119": (
        {"officials": 0.90, "meetings": 0.90, "agreements": 0.90},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.85},
    ),
    # measured 2026-12-07 07:25: 0.96 / 0.95 / 0.99, country 0.99, date 0.97, role 0.91
    # (first blind run on 8040298: 0.96 / 0.95 / 0.96, country 0.97, date 0.94, role 0.90)
    "dev121": (
        {"officials": 0.90, "meetings": 0.90, "agreements": 0.90},
        {"official_country": 0.90, "meeting_date": 0.90, "official_role": 0.85},
    ),
    # measured 2026-12-07 09:55 (thirty-fifth part): 0.96 / 0.94 / 1.00, country 1.00, date
    # 1.00, role 1.00 (first blind run on 50afb6f: 0.95 / 0.94 / 1.00, 0.99, 0.91, 0.99)
    "dev123": (
        {"officials": 0.90, "meetings": 0.90, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-07 09:55: 0.93 / 0.92 / 0.90, country 1.00, date 1.00, role 1.00
    # (first blind run on 50afb6f: 0.92 / 0.92 / 0.87, 0.99, 1.00, 1.00)
    "dev125": (
        {"officials": 0.88, "meetings": 0.87, "agreements": 0.85},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-07 09:55: 0.98 / 0.96 / 1.00, country 1.00, date 1.00, role 1.00
    # (first blind run on ed20d52: 0.98 / 0.96 / 1.00, 1.00, 0.97, 0.99)
    "dev127": (
        {"officials": 0.93, "meetings": 0.91, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-07 09:55: 0.97 / 0.95 / 0.92, country 1.00, date 1.00, role 0.96
    # (first blind run on ed20d52: 0.93 / 0.87 / 0.91, 1.00, 0.97, 0.90)
    "dev129": (
        {"officials": 0.92, "meetings": 0.90, "agreements": 0.87},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.91},
    ),
    # measured 2026-12-07 09:55: 0.97 / 0.93 / 0.94, country 1.00, date 0.97, role 1.00
    # (first blind run on 9173695: 0.97 / 0.90 / 0.94, 0.99, 0.97, 0.99)
    "dev131": (
        {"officials": 0.92, "meetings": 0.88, "agreements": 0.89},
        {"official_country": 0.95, "meeting_date": 0.92, "official_role": 0.95},
    ),
    # measured 2026-12-07 09:55: 0.98 / 0.99 / 1.00, country 1.00, date 1.00, role 1.00
    # (first blind run on 9173695: 0.97 / 0.97 / 1.00, 0.99, 1.00, 0.99)
    "dev133": (
        {"officials": 0.93, "meetings": 0.94, "agreements": 0.95},
        {"official_country": 0.95, "meeting_date": 0.95, "official_role": 0.95},
    ),
    # measured 2026-12-07 12:05: 0.97 / 0.96 / 0.84, country 1.00, date 1.00, role 0.99
    # (first blind run on 8a438b1: 0.95 / 0.94 / 0.81, 0.97, 0.97, 0.99)
    "dev135": (
        {"officials": 0.94, "meetings": 0.93, "agreements": 0.81},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.96},
    ),
    # measured 2026-12-07 12:05: 0.98 / 0.99 / 0.91, country 1.00, date 1.00, role 0.98
    # (first blind run on 8a438b1: 0.98 / 0.97 / 0.91, 1.00, 1.00, 0.98)
    "dev137": (
        {"officials": 0.95, "meetings": 0.96, "agreements": 0.88},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.95},
    ),
    # measured 2026-12-07 12:05: 0.94 / 0.92 / 1.00, country 1.00, date 0.97, role 0.93
    # (first blind run on dc7422c: 0.92 / 0.88 / 1.00, 1.00, 0.97, 0.94)
    "dev139": (
        {"officials": 0.91, "meetings": 0.89, "agreements": 0.97},
        {"official_country": 0.97, "meeting_date": 0.94, "official_role": 0.9},
    ),
    # measured 2026-12-07 12:05: 0.93 / 0.90 / 0.90, country 1.00, date 1.00, role 0.91
    # (first blind run on dc7422c: 0.89 / 0.82 / 0.90, 1.00, 1.00, 0.85)
    "dev141": (
        {"officials": 0.9, "meetings": 0.87, "agreements": 0.87},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.88},
    ),
    # measured 2026-12-07 12:05: 0.96 / 0.94 / 1.00, country 0.98, date 1.00, role 0.98
    # (first blind run on dc7422c: 0.96 / 0.94 / 1.00, 0.98, 0.94, 0.98)
    "dev143": (
        {"officials": 0.93, "meetings": 0.91, "agreements": 0.97},
        {"official_country": 0.95, "meeting_date": 0.97, "official_role": 0.95},
    ),
    # measured 2026-12-07 12:05: 0.93 / 0.89 / 0.99, country 1.00, date 0.97, role 0.97
    # (first blind run on dc7422c: 0.93 / 0.87 / 0.99, 1.00, 0.97, 0.97)
    "dev145": (
        {"officials": 0.9, "meetings": 0.86, "agreements": 0.96},
        {"official_country": 0.97, "meeting_date": 0.94, "official_role": 0.94},
    ),
    # measured 2026-12-07 12:05: 0.92 / 0.92 / 0.93, country 1.00, date 1.00, role 0.96
    # (first blind run on 67bb6ce: 0.92 / 0.90 / 0.93, 1.00, 0.94, 0.96)
    "dev147": (
        {"officials": 0.89, "meetings": 0.89, "agreements": 0.9},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.93},
    ),
    # measured 2026-12-07 12:05: 0.97 / 0.97 / 0.93, country 1.00, date 1.00, role 0.85
    # (first blind run on 67bb6ce: 0.96 / 0.96 / 0.90, 0.98, 1.00, 0.83)
    "dev149": (
        {"officials": 0.94, "meetings": 0.94, "agreements": 0.9},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.82},
    ),
    # measured 2026-12-07 15:00: 0.93 / 0.85 / 1.00, country 0.99, date 0.97, role 0.90
    # (first blind run on 5028d8e: 0.93 / 0.83 / 1.00, 0.99, 0.97, 0.91)
    "dev151": (
        {"officials": 0.9, "meetings": 0.82, "agreements": 0.97},
        {"official_country": 0.96, "meeting_date": 0.94, "official_role": 0.87},
    ),
    # measured 2026-12-07 15:00: 0.97 / 0.95 / 0.93, country 0.99, date 1.00, role 0.93
    # (first blind run on 5028d8e: 0.96 / 0.95 / 0.93, 0.99, 0.94, 0.93)
    "dev153": (
        {"officials": 0.94, "meetings": 0.92, "agreements": 0.9},
        {"official_country": 0.96, "meeting_date": 0.97, "official_role": 0.9},
    ),
    # measured 2026-12-07 15:00: 0.96 / 0.92 / 1.00, country 1.00, date 1.00, role 0.98
    # (first blind run on e2b7758: 0.93 / 0.86 / 1.00, 1.00, 0.97, 0.95)
    "dev155": (
        {"officials": 0.93, "meetings": 0.89, "agreements": 0.97},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.95},
    ),
    # measured 2026-12-07 15:00: 0.93 / 0.91 / 1.00, country 1.00, date 1.00, role 0.97
    # (first blind run on e2b7758: 0.93 / 0.91 / 1.00, 1.00, 1.00, 0.97)
    "dev157": (
        {"officials": 0.9, "meetings": 0.88, "agreements": 0.97},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.94},
    ),
    # measured 2026-12-07 15:15: 0.95 / 0.99 / 0.95, country 0.99, date 0.97, role 0.96
    # (first blind run on 0c8e8cc: 0.95 / 0.99 / 0.95, 0.99, 0.94, 0.96)
    "dev159": (
        {"officials": 0.92, "meetings": 0.96, "agreements": 0.92},
        {"official_country": 0.96, "meeting_date": 0.91, "official_role": 0.93},
    ),
    # measured 2026-12-07 15:00: 0.97 / 0.96 / 0.99, country 1.00, date 1.00, role 0.87
    # (first blind run on 0c8e8cc: 0.95 / 0.91 / 0.97, 0.99, 1.00, 0.87)
    "dev161": (
        {"officials": 0.94, "meetings": 0.93, "agreements": 0.96},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.84},
    ),
    # measured 2026-12-07 17:25: 0.99 / 1.00 / 0.93, country 1.00, date 1.00, role 0.97
    # (first blind run on 3aad618: 0.99 / 0.99 / 0.91, 1.00, 0.92, 0.91)
    "dev163": (
        {"officials": 0.96, "meetings": 0.97, "agreements": 0.9},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.94},
    ),
    # measured 2026-12-07 17:25: 0.95 / 0.90 / 1.00, country 1.00, date 1.00, role 0.97
    # (first blind run on 3aad618: 0.93 / 0.89 / 0.94, 0.99, 0.97, 0.88)
    "dev165": (
        {"officials": 0.92, "meetings": 0.87, "agreements": 0.97},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.94},
    ),
    # measured 2026-12-07 17:25: 0.96 / 0.91 / 0.93, country 1.00, date 0.97, role 0.98
    # (first blind run on 96e60ff: 0.96 / 0.91 / 0.93, 1.00, 0.97, 0.98)
    "dev167": (
        {"officials": 0.93, "meetings": 0.88, "agreements": 0.9},
        {"official_country": 0.97, "meeting_date": 0.94, "official_role": 0.95},
    ),
    # measured 2026-12-07 17:25: 0.94 / 0.96 / 0.87, country 1.00, date 0.97, role 0.99
    # (first blind run on 96e60ff: 0.92 / 0.93 / 0.87, 1.00, 0.97, 0.99)
    "dev169": (
        {"officials": 0.91, "meetings": 0.93, "agreements": 0.84},
        {"official_country": 0.97, "meeting_date": 0.94, "official_role": 0.96},
    ),
    # measured 2026-12-07 20:10: 0.96 / 0.95 / 0.99, country 1.00, date 1.00, role 0.96
    # (first blind run on 02cf2ec: 0.95 / 0.93 / 0.97, 1.00, 1.00, 0.96)
    "dev171": (
        {"officials": 0.93, "meetings": 0.92, "agreements": 0.96},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.93},
    ),
    # measured 2026-12-07 20:10: 0.97 / 0.97 / 0.94, country 1.00, date 1.00, role 0.89
    # (first blind run on 02cf2ec: 0.97 / 0.96 / 0.94, 0.97, 0.97, 0.89)
    "dev173": (
        {"officials": 0.94, "meetings": 0.94, "agreements": 0.91},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.86},
    ),
    # measured 2026-12-07 20:10: 0.96 / 0.95 / 0.92, country 1.00, date 0.97, role 0.96
    # (first blind run on 271328e: 0.95 / 0.95 / 0.92, 1.00, 0.97, 0.96)
    "dev175": (
        {"officials": 0.93, "meetings": 0.92, "agreements": 0.89},
        {"official_country": 0.97, "meeting_date": 0.94, "official_role": 0.93},
    ),
    # measured 2026-12-07 20:10: 0.96 / 0.94 / 0.98, country 1.00, date 1.00, role 1.00
    # (first blind run on 271328e: 0.96 / 0.94 / 0.95, 1.00, 0.94, 1.00)
    "dev177": (
        {"officials": 0.93, "meetings": 0.91, "agreements": 0.95},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.97},
    ),
    # measured 2026-12-07 20:10: 0.95 / 0.93 / 0.94, country 1.00, date 1.00, role 0.99
    # (first blind run on f1ca801: 0.95 / 0.89 / 0.94, 0.97, 1.00, 0.99)
    "dev179": (
        {"officials": 0.92, "meetings": 0.9, "agreements": 0.91},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.96},
    ),
    # measured 2026-12-07 20:10: 0.96 / 0.92 / 1.00, country 1.00, date 1.00, role 0.99
    # (first blind run on f1ca801: 0.96 / 0.90 / 1.00, 0.99, 1.00, 1.00)
    "dev181": (
        {"officials": 0.93, "meetings": 0.89, "agreements": 0.97},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.96},
    ),
    # measured 2026-12-07 23:00: 1.00 / 1.00 / 0.85, country 1.00, date 1.00, role 0.98
    # (first blind run on ac06c88: 0.98 / 0.96 / 0.83, 1.00, 1.00, 0.98)
    "dev183": (
        {"officials": 0.97, "meetings": 0.97, "agreements": 0.82},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.95},
    ),
    # measured 2026-12-07 23:00: 0.96 / 0.92 / 0.99, country 1.00, date 1.00, role 0.95
    # (first blind run on ac06c88: 0.99 / 0.92 / 0.96, 0.98, 1.00, 0.94)
    "dev185": (
        {"officials": 0.93, "meetings": 0.89, "agreements": 0.96},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.92},
    ),
    # measured 2026-12-07 23:00: 0.98 / 0.96 / 0.94, country 1.00, date 1.00, role 1.00
    # (first blind run on ac06c88: 0.97 / 0.91 / 0.94, 1.00, 1.00, 1.00)
    "dev187": (
        {"officials": 0.95, "meetings": 0.93, "agreements": 0.91},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.97},
    ),
    # measured 2026-12-07 23:00: 0.95 / 0.91 / 0.95, country 1.00, date 1.00, role 0.94
    # (first blind run on 9dbc774: 0.94 / 0.89 / 0.95, 1.00, 0.94, 0.94)
    "dev189": (
        {"officials": 0.92, "meetings": 0.88, "agreements": 0.92},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.91},
    ),
    # measured 2026-12-07 23:00: 0.93 / 0.91 / 0.89, country 1.00, date 1.00, role 1.00
    # (first blind run on 9dbc774: 0.92 / 0.90 / 0.85, 1.00, 0.97, 1.00)
    "dev191": (
        {"officials": 0.9, "meetings": 0.88, "agreements": 0.86},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.97},
    ),
    # measured 2026-12-07 23:00: 0.96 / 0.97 / 1.00, country 1.00, date 1.00, role 0.97
    # (first blind run on 9dbc774: 0.94 / 0.95 / 1.00, 1.00, 0.97, 0.95)
    "dev193": (
        {"officials": 0.93, "meetings": 0.94, "agreements": 0.97},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.94},
    ),
    # measured 2026-12-07 23:00: 0.92 / 0.89 / 0.92, country 0.97, date 1.00, role 0.93
    # (first blind run on 11281cb: 0.92 / 0.89 / 0.92, 0.97, 1.00, 0.93)
    "dev195": (
        {"officials": 0.89, "meetings": 0.86, "agreements": 0.89},
        {"official_country": 0.94, "meeting_date": 0.97, "official_role": 0.9},
    ),
    # measured 2026-12-08 01:20: 0.99 / 1.00 / 0.96, country 1.00, date 1.00, role 0.87
    # (first blind run on f5c16a4: 0.99 / 0.99 / 0.94, 0.99, 1.00, 0.87)
    "dev197": (
        {"officials": 0.96, "meetings": 0.97, "agreements": 0.93},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.84},
    ),
    # measured 2026-12-08 01:20: 0.99 / 0.96 / 0.95, country 1.00, date 0.97, role 1.00
    # (first blind run on f5c16a4: 0.97 / 0.92 / 0.92, 1.00, 0.91, 1.00)
    "dev199": (
        {"officials": 0.96, "meetings": 0.93, "agreements": 0.92},
        {"official_country": 0.97, "meeting_date": 0.94, "official_role": 0.97},
    ),
    # measured 2026-12-08 01:20: 0.99 / 1.00 / 0.99, country 1.00, date 1.00, role 1.00
    # (first blind run on f5c16a4: 0.98 / 0.99 / 0.99, 1.00, 1.00, 1.00)
    "dev201": (
        {"officials": 0.96, "meetings": 0.97, "agreements": 0.96},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.97},
    ),
    # measured 2026-12-08 01:20: 0.96 / 0.96 / 0.90, country 1.00, date 1.00, role 1.00
    # (first blind run on f5c16a4: 0.94 / 0.91 / 0.88, 0.97, 1.00, 0.95)
    "dev203": (
        {"officials": 0.93, "meetings": 0.93, "agreements": 0.87},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.97},
    ),
    # measured 2026-12-08 01:20: 0.96 / 0.96 / 0.94, country 1.00, date 1.00, role 1.00
    # (first blind run on f5c16a4: 0.95 / 0.94 / 0.90, 0.99, 0.97, 1.00)
    "dev205": (
        {"officials": 0.93, "meetings": 0.93, "agreements": 0.91},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.97},
    ),
    # measured 2026-12-08 01:20: 0.95 / 0.97 / 0.88, country 1.00, date 1.00, role 0.94
    # (first blind run on 1c8cf59: 0.94 / 0.92 / 0.88, 1.00, 1.00, 0.93)
    "dev207": (
        {"officials": 0.92, "meetings": 0.94, "agreements": 0.85},
        {"official_country": 0.97, "meeting_date": 0.97, "official_role": 0.91},
    ),
    # first blind run: 0.86 / 0.75 / 0.83, country 0.84, date 0.84
    "heldout3": (
        {"officials": 0.80, "meetings": 0.70, "agreements": 0.75},
        {"official_country": 0.80, "meeting_date": 0.75},
    ),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request: pytest.FixtureRequest) -> tuple[str, EvalReport]:
    folder = DATA / request.param
    rep = build_and_score(folder / "articles", folder / "gold.jsonl", folder / "events.json")
    return request.param, rep


def test_f1_floors(scored: tuple[str, EvalReport]) -> None:
    name, rep = scored
    f1_floors, _ = FLOORS[name]
    for kind, floor in f1_floors.items():
        got = rep.by_type[kind].f1
        assert got >= floor, f"{name} {kind} F1 {got:.2f} < {floor}"


def test_accuracy_floors(scored: tuple[str, EvalReport]) -> None:
    name, rep = scored
    _, acc_floors = FLOORS[name]
    for kind, floor in acc_floors.items():
        correct, total = rep.accuracy[kind]
        got = correct / total if total else 0.0
        assert got >= floor, f"{name} {kind} accuracy {got:.2f} < {floor}"


# set: (events that must be one node, recurring officials that must be one node); no set may
# have a node standing for two distinct officials.  Measured 2026-12-02 04:25: dev2 8/8 28
# (26/28), dev5 9/9 (12/14), dev6 8/9 (21/23), dev8 7/8 (11/18; first blind run 1/8, 6/18),
# heldout3 4/6 (20/24); dev9 2/8 (15/20; on 360026f, before it guided fixes: 1/8, 11/20).
# 2026-12-02 08:30: dev9 6/8 (18/20); dev10 9/9 (17/19; on 02082d3, before it was seen:
# 7/9, 13/19).  2026-12-02 10:25: dev9 7/8 (19/20); dev11 9/9 (22/23; on 7b351d4, before it
# guided fixes: 3/9, 11/23).  11:10: dev12 6/9 (14/20; on f6aa6d7, before it was seen: 4/9,
# 13/20); dev8 8/8 (15/18).  13:16: dev12 9/9 (20/20); dev13 8/10 (21/26; on b9ef729, before
# it was seen: 2/10, 11/26).  16:05: dev14 3/9 (15/22; on b9ef729: 0/9, 8/22); dev15 8/9
# (20/23; on 15cc736, before it was seen: 3/9, 13/23).  18:40: dev16 9/9 (20/20; on 15cc736,
# before it was seen: 1/9, 12/20); dev17 10/12 (22/26; on 2a30a13: 1/12, 13/26); dev15 9/9
# (21/23); dev14 3/9 (15/22).  20:35: dev18 8/10 (24/26; on 2a30a13, before it was seen:
# 5/10, 17/26); dev19 9/10 (19/22; on 2cb0aab, before it was seen: 4/10, 10/22).  22:50:
# dev20 8/10 (20/22; on 2cb0aab, before it was seen: 2/10, 14/22); dev22 6/9 (19/24; on
# b82f442, before it was seen: 0/9, 7/24).  2026-12-03 01:41: dev21 5/9 (22/26; on b82f442,
# before it guided fixes: 2/9, 16/26); dev23 10/10 (18/21; on f9c8a82, before it was seen:
# 4/10, 9/21).  04:39: dev24 7/9 (15/21; on f9c8a82, while unseen: 4/9, 9/21); dev25 8/9
# (22/25; on 53581e6, before it was seen: 4/9, 17/25).  07:13: dev26 7/10 (16/21; on
# 53581e6, while unseen: 3/10, 9/21); dev27 5/10 (18/23; on de98386, before it was seen:
# 2/10, 15/23).  09:45: dev28 7/9 (20/22; on aa8e6f1, while unseen: 4/9, 15/22); dev29 8/9
# (22/23; on d05bf44, before it was seen: 4/9, 13/23).  13:20: dev30 8/9 (21/22; on 60133fa,
# while unseen: 1/9, 14/22); dev31 6/9 (17/20; on 60133fa, before it was seen: 5/9, 15/20).
# 16:35: dev32 9/9 (16/17; on eb180e9, before it guided fixes: 3/9, 11/17); dev34 7/8
# (16/18; on eb180e9, before it was seen: 4/8, 11/18).  19:08: dev33 8/8 (18/19; on eb180e9,
# while unseen: 2/8, 12/19).  21:58: dev35 7/9 (17/19; on 8d6d466, before it was seen: 4/9,
# 10/19); dev36 8/9 (17/18; on 8d6d466, before it was seen: 4/9, 12/18).  2026-12-04
# 00:25: dev37 8/8 (19/19; on 7c6fb2e, before it was seen: 3/8, 8/19); dev38 7/8 (16/18; on
# 7c6fb2e, before it was seen: 4/8, 11/18).  02:30: dev39 9/9 (18/19; on 7a5306a, while
# unseen: 5/9, 14/19); dev40 7/9 (19/19; on 7a5306a, while unseen: 3/9, 14/19).  05:45:
# dev41 8/8 (16/17; on 3049b2a, while unseen: 4/8, 12/17); dev42 8/8 (14/15; on 3049b2a,
# while unseen: 3/8, 7/15). From 05:45 an event's nodes leave out one marked only planned
# (another meeting of the same people a source announces). 2026-12-04 17:08: dev43 9/9
# (21/21; on f8c7f5e, while unseen: 5/9, 15/21); dev44 7/8 (16/17; on f8c7f5e, while
# unseen: 4/8, 11/17).  20:10 (dbe2dab): dev45 7/9 (19/20; on 63bc199, while unseen: 2/9,
# 9/20); dev46 9/10 (18/19; on a152331, while unseen: 4/10, 12/19); dev47 5/8 (13/18; on
# 3fdd526, while unseen: 2/8, 8/18).  22:20 (next session): dev48 9/9 (18/18; on 7328e3e,
# while unseen: 5/9, 14/18).  2026-12-05 02:52: dev51 7/9 (19/20; on 9314dc2, while unseen:
# 6/9, 17/20); dev52 6/8 (18/20; on 9314dc2, while unseen: 2/8, 12/20).  03:23: dev53 6/10
# (15/19; on 4bd039a, while unseen: 3/10, 9/19).  06:05 (4d99821): dev54 9/9 (18/18; on
# 1e76a94, while unseen: 7/9, 17/18); dev55 9/9 (18/18; on 8718e8a, while unseen: 5/9, 15/18).
# 08:10 (5c2ea93): dev56 10/10 (17/17; on 84ffeb7, while unseen: 4/10, 9/17); dev57 9/9 (16/16;
# on 18a6915, while unseen: 5/9, 12/16).  2026-12-05 10:12 (next session): dev58 8/8 (19/19;
# on a91bb80, while unseen: 3/8, 13/19).  11:08: dev60 5/8 (15/18; on 0294795, while unseen:
# 3/8, 12/18).  13:05 (67c821e): dev59 10/10 (18/18; on e889921, while unseen: 6/10, 15/18);
# dev61 9/9 (17/17; first run on e889921: 1/9, 9/17); dev63 8/9 (16/17; first run on 9ca1e06:
# 4/9, 12/17).  22:20 (twenty-first part): dev62 8/8 (16/16; on aca835b, while unseen: 5/8,
# 11/16); dev64 9/10 (18/18; first run on aca835b: 4/10, 15/18).  2026-12-06 01:05
# (twenty-second part): dev65 10/10 (20/20; on aca835b and 724dd04, while unseen: 6/10,
# 16/20); dev67 10/10 (18/18; first run on 724dd04: 4/10, 15/18); dev69 9/9 (18/18; first
# run on f66c953: 8/9, 17/18).  03:50 (twenty-third part): dev70 9/9 (17/17; first run on
# d2fe297: 8/9, 16/17); dev72 8/10 (18/20; first run on d82ea3a: 7/10, 17/20).  06:05
# (twenty-fourth part): dev73 9/9 (18/18; first run on 6e2dfbe: 5/9, 15/18); dev75 8/9
# (18/18; first run on 80de75d: 3/9, 12/18); dev72 now 9/10.  08:40 (twenty-fifth part):
# dev77 9/10 (17/17; first run on 5225bc5: 5/10, 13/17); dev75 now 9/9; dev72 19/20.
# 11:05 (twenty-sixth part): dev79 9/9 (20/20; first run on 21c3362: 5/9, 18/20); dev77
# now 10/10.  14:00 (twenty-seventh part): dev81 10/10 (16/16; first run on 93db4dc: 8/10,
# 15/16); dev83 10/10 (18/18; first run on 0d5b12f: 8/10, 16/18); dev84 10/10 (17/18; first
# run on 7300c0a: 8/10, 14/18).  16:15 (twenty-eighth part): dev86 8/9 (17/18; first run on
# 6991304: 5/9, 15/18); dev87 10/10 (19/19; first run on bf5793e: 8/10, 18/19); dev89 10/10
# (19/19; first run on 5cc3d1d: 9/10, 18/19); dev90 10/10 (18/18; first run on 45f9432:
# 9/10, 17/18).  18:35 (twenty-ninth part): dev91 10/10 (18/18; first run on 1c7c9f5:
# 6/10, 15/18); dev93 9/10 (16/17; first run on 8f1ba00: 3/10, 15/17).  21:25 (thirtieth
# part): dev95 10/10 (19/19; first run on 20053cb: 6/10, 18/19); dev97 10/10 (17/18; first
# run on 877384f: 6/10, 14/18); dev93 now 17/17.  23:30 (thirty-first part): dev99 10/10
# (20/20; first run on 8d2f994: 10/10, 20/20); dev101 10/10 (20/20; first run on 616a6a9:
# 8/10, 19/20).  02:10 (thirty-second part): dev105 10/10 (17/17; first run on be88b5d:
# 9/10, 14/17); dev107 10/10 (19/19; first run on be88b5d: 6/10, 17/19).  05:00 (thirty-third
# part): dev109 10/10 (21/21; first run on b66e5e3: 7/10, 19/21); dev111 10/10 (19/19; first
# run on b66e5e3: 8/10, 18/19); dev113 9/10 (18/19; first run on 259bd9f: 7/10, 17/19).
# 07:25 (thirty-fourth part): dev113 now 10/10 (19/19); dev115 10/10 (20/20; first run on
# 68dafd9: 5/10, 17/20); dev117 10/10 (20/20; first run on 68dafd9: 6/10, 19/20); dev119
# 10/10 (17/17; first run on 8040298: 8/10, 16/17); dev121 8/10 (18/19; first run on
# 8040298: 7/10, 16/19).  09:55 (thirty-fifth part): dev123 10/10 (18/18; first run on
# 50afb6f: 7/10, 15/18); dev125 10/10 (17/17; first run on 50afb6f: 9/10, 16/17); dev127
# 10/10 (18/18; first run on ed20d52: 7/10, 16/18); dev129 10/10 (23/23; first run on
# ed20d52: 6/10, 20/23); dev131 9/10 (21/21; first run on 9173695: 8/10, 20/21); dev133
# 10/10 (19/19; first run on 9173695: 9/10, 16/19).  12:05 (thirty-sixth part): dev135 10/10
# (17/17; first run 7/10, 13/17); dev137 10/10 (20/20; first run 10/10, 20/20); dev139 8/10
# (18/19; first run 7/10, 16/19); dev141 10/10 (17/17; first run 6/10, 14/17); dev143 10/10
# (17/17; first run 8/10, 15/17); dev145 10/10 (19/19; first run 9/10, 19/19); dev147 9/10
# (18/19; first run 8/10, 18/19); dev149 10/10 (20/20; first run 9/10, 19/20).  15:00
# (thirty-seventh part): dev151 8/10 (22/23; first run on 5028d8e 6/10, 21/23); dev153 10/10
# (16/17; first run on 5028d8e 6/10, 14/17); dev155 9/10 (16/16; first run on e2b7758 7/10,
# 14/16); dev157 10/10 (21/22; first run on e2b7758 8/10, 20/22); dev159 10/10 (20/20; first
# run on 0c8e8cc 9/10, 20/20); dev161 9/10 (20/20; first run on 0c8e8cc 8/10, 18/20).  17:25
# (thirty-eighth part): dev163 10/10 (19/19; first run on 3aad618 7/10, 19/19); dev165 8/10
# (20/22; first run on 3aad618 6/10, 17/22); dev167 10/10 (20/20; first run on 96e60ff 9/10,
# 19/20); dev169 8/10 (17/19; first run on 96e60ff 8/10, 17/19).  20:10 (thirty-ninth part):
# dev171 10/10 (20/20; first run on 02cf2ec 9/10, 20/20); dev173 10/10 (19/19; first run on
# 02cf2ec 9/10, 18/19); dev175 10/10 (21/21; first run on 271328e 10/10, 21/21); dev177 10/10
# (16/16; first run on 271328e 9/10, 15/16); dev179 10/10 (19/19; first run on f1ca801 5/10,
# 18/19); dev181 10/10 (18/19; first run on f1ca801 6/10, 17/19).
# 23:00 (fortieth part): dev183 10/10 (17/17; first run on ac06c88 9/10, 16/17); dev185
# 10/10 (20/20; first run on ac06c88 9/10, 19/20); dev187 10/10 (20/20; first run on ac06c88
# 10/10, 18/20); dev189 10/10 (19/19; first run on 9dbc774 8/10, 18/19); dev191 10/10
# (19/19; first run on 9dbc774 7/10, 17/19); dev193 10/10 (19/19; first run on 9dbc774
# 9/10, 17/19); dev195 9/10 (17/20; first run on 11281cb 9/10, 17/20).
# 01:20 (forty-first part): dev195 9/10 (20/20); dev197 13/13 (21/21; first run on f5c16a4
# 11/13, 19/21); dev199 12/12 (22/22; first run on f5c16a4 8/12, 21/22); dev201 12/12 (22/22;
# first run on f5c16a4 10/12, 21/22); dev203 11/11 (20/20; first run on f5c16a4 9/11, 17/20);
# dev205 11/12 (21/21; first run on f5c16a4 7/12, 17/21); dev207 11/12 (22/23; first run on
# 1c8cf59 9/12, 20/23).
IDENTITY_FLOORS = {
    "dev151": (8, 21),
    "dev153": (9, 15),
    "dev155": (9, 15),
    "dev157": (9, 20),
    "dev159": (9, 19),
    "dev161": (9, 19),
    "dev163": (9, 18),
    "dev165": (7, 19),
    "dev167": (9, 19),
    "dev169": (7, 16),
    "dev171": (9, 19),
    "dev173": (9, 18),
    "dev175": (9, 20),
    "dev177": (9, 15),
    "dev179": (9, 18),
    "dev181": (9, 17),
    "dev183": (9, 16),
    "dev185": (9, 19),
    "dev187": (9, 19),
    "dev189": (9, 18),
    "dev191": (9, 18),
    "dev193": (9, 18),
    "dev195": (8, 19),
    "dev197": (12, 20),
    "dev199": (11, 21),
    "dev201": (11, 21),
    "dev203": (10, 19),
    "dev205": (10, 20),
    "dev207": (10, 21),
    "dev123": (9, 17),
    "dev125": (9, 16),
    "dev127": (9, 17),
    "dev129": (9, 22),
    "dev131": (8, 20),
    "dev133": (9, 18),
    "dev135": (9, 16),
    "dev137": (9, 19),
    "dev139": (7, 17),
    "dev141": (9, 16),
    "dev143": (9, 16),
    "dev145": (9, 18),
    "dev147": (8, 17),
    "dev149": (9, 19),
    "dev115": (9, 19),
    "dev117": (9, 19),
    "dev119": (9, 16),
    "dev121": (7, 17),
    "dev109": (9, 20),
    "dev111": (9, 18),
    "dev113": (9, 18),
    "dev105": (9, 16),
    "dev107": (9, 18),
    "dev99": (9, 19),
    "dev101": (9, 19),
    "dev95": (9, 18),
    "dev97": (9, 16),
    "dev91": (9, 17),
    "dev93": (8, 16),
    "dev90": (9, 17),
    "dev86": (7, 16),
    "dev87": (9, 18),
    "dev89": (9, 18),
    "dev81": (9, 15),
    "dev83": (9, 17),
    "dev84": (9, 16),
    "dev79": (8, 19),
    "dev77": (9, 16),
    "dev73": (8, 17),
    "dev75": (8, 17),
    "dev70": (8, 16),
    "dev72": (8, 17),
    "dev62": (7, 15),
    "dev64": (8, 17),
    "dev65": (9, 19),
    "dev67": (9, 17),
    "dev69": (8, 17),
    "dev59": (9, 16),
    "dev61": (8, 15),
    "dev63": (7, 14),
    "dev60": (4, 13),
    "dev58": (7, 17),
    "dev56": (8, 15),
    "dev57": (7, 14),
    "dev54": (7, 16),
    "dev55": (7, 16),
    "dev53": (5, 14),
    "dev51": (6, 17),
    "dev52": (5, 16),
    "dev49": (7, 14),
    "dev50": (5, 16),
    "dev48": (8, 16),
    "dev45": (6, 17),
    "dev46": (8, 16),
    "dev47": (4, 11),
    "dev43": (8, 20),
    "dev44": (6, 15),
    "dev41": (7, 15),
    "dev42": (7, 13),
    "dev39": (8, 17),
    "dev40": (6, 18),
    "dev37": (7, 17),
    "dev38": (6, 14),
    "dev35": (6, 15),
    "dev36": (7, 15),
    "dev33": (7, 16),
    "dev34": (6, 14),
    "dev32": (7, 14),
    "dev31": (5, 15),
    "dev30": (7, 19),
    "dev29": (7, 20),
    "dev28": (6, 18),
    "dev27": (4, 16),
    "dev26": (6, 14),
    "dev25": (7, 19),
    "dev24": (6, 13),
    "dev23": (8, 15),
    "dev21": (4, 19),
    "dev22": (5, 17),
    "dev20": (7, 18),
    "dev19": (8, 17),
    "dev18": (7, 21),
    "dev17": (8, 19),
    "dev16": (8, 18),
    "dev15": (8, 18),
    "dev14": (2, 12),
    "dev13": (7, 19),
    "dev12": (8, 17),
    "dev9": (7, 18),
    "dev10": (9, 16),
    "dev11": (9, 20),
    "dev2": (7, 24),
    "dev5": (8, 11),
    "dev6": (7, 19),
    "dev8": (7, 13),
    "heldout3": (4, 19),
}


def test_events_and_people_are_one_node_each(scored: tuple[str, EvalReport]) -> None:
    name, rep = scored
    assert rep.persons is not None and rep.persons.merged == 0, f"{name}: {rep.persons}"
    if name not in IDENTITY_FLOORS:
        return
    events, people = IDENTITY_FLOORS[name]
    ok = sum(e.ok for e in rep.events or [])
    assert ok >= events, f"{name}: {ok} events one node < {events}"
    assert rep.persons.one_node >= people, f"{name}: {rep.persons}"
