"""The eight pillars of the management model, as stable keys every area shares."""

from __future__ import annotations

from enum import StrEnum


class Pillar(StrEnum):
    EXPERIMENTATION = "EXP"
    RIGHT_TO_ERROR = "ERR"
    CO_CONSTRUCTION = "COC"
    INCLUSION = "INC"
    AGENT_SUPPORT = "AGT"
    MANAGER_ROLE = "MGR"
    EMPLOYER_BRAND = "MEB"
    CHANGE = "CHG"
