"""The ids a lexicon row may name in its second column: ranks and organisation types.

One list for the tests of every language's lexicon (``test_lexicons_*.py``).
"""

from __future__ import annotations

RANKS = frozenset(
    [
        "field_marshal",
        "general_of_the_army",
        "general",
        "lieutenant_general",
        "major_general",
        "brigadier_general",
        "brigadier",
        "colonel",
        "lieutenant_colonel",
        "major",
        "captain",
        "lieutenant",
        "admiral",
        "vice_admiral",
        "rear_admiral",
        "commodore",
        "air_chief_marshal",
        "air_marshal",
        "air_vice_marshal",
        "second_brigadier_general",
        "sardar",
        "pasdar",
    ]
)
ORGS = frozenset(
    [
        "ministry_of_defence",
        "ministry_of_foreign_affairs",
        "ministry_of_interior",
        "armed_forces",
        "army",
        "navy",
        "air_force",
        "air_defence_force",
        "national_guard",
        "coast_guard",
        "general_staff",
        "irgc",
        "security_council",
        "parliament",
        "government",
        "presidency",
        "embassy",
        "police",
        "intelligence_service",
        "military_command",
        "media",
        "NATO",
        "UN",
        "SCO",
        "CSTO",
        "ASEAN",
        "EU",
        "GCC",
        "ARAB_LEAGUE",
        "AU",
        "OIC",
        "BRICS",
        "OPEC",
        "IAEA",
        "CIS",
        # national state corporations
        "Rosatom",
        "central_bank",
        "chamber_of_commerce",
    ]
)
