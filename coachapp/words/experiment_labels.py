"""Translated names for experiments: statuses, risks, outcomes, next steps, grid cells."""

from __future__ import annotations

from coachapp.errors import QT_TRANSLATE_NOOP
from coachapp.i18n import render
from coachapp.services.experiments.celebration import Behaviour, Result
from coachapp.services.experiments.experiments import ExpStatus, NextStep, Outcome, Risk

_COLUMNS = {  # the board's columns
    ExpStatus.IDEA: QT_TRANSLATE_NOOP("ExperimentLabels", "Ideas"),
    ExpStatus.PLANNED: QT_TRANSLATE_NOOP("ExperimentLabels", "Planned"),
    ExpStatus.RUNNING: QT_TRANSLATE_NOOP("ExperimentLabels", "Running"),
    ExpStatus.CONCLUDED: QT_TRANSLATE_NOOP("ExperimentLabels", "Concluded"),
    ExpStatus.ABANDONED: QT_TRANSLATE_NOOP("ExperimentLabels", "Abandoned"),
}
_STATUSES = {  # where one experiment stands
    ExpStatus.IDEA: QT_TRANSLATE_NOOP("ExperimentStatus", "Idea"),
    ExpStatus.PLANNED: QT_TRANSLATE_NOOP("ExperimentStatus", "Planned"),
    ExpStatus.RUNNING: QT_TRANSLATE_NOOP("ExperimentStatus", "Running"),
    ExpStatus.CONCLUDED: QT_TRANSLATE_NOOP("ExperimentStatus", "Concluded"),
    ExpStatus.ABANDONED: QT_TRANSLATE_NOOP("ExperimentStatus", "Abandoned"),
}
_RISKS = {
    Risk.LOW: QT_TRANSLATE_NOOP("ExperimentLabels", "Low risk"),
    Risk.MEDIUM: QT_TRANSLATE_NOOP("ExperimentLabels", "Medium risk"),
    Risk.HIGH: QT_TRANSLATE_NOOP("ExperimentLabels", "High risk"),
}
_OUTCOMES = {
    Outcome.VALIDATED: QT_TRANSLATE_NOOP("ExperimentLabels", "Validated"),
    Outcome.INVALIDATED: QT_TRANSLATE_NOOP("ExperimentLabels", "Invalidated"),
    Outcome.INCONCLUSIVE: QT_TRANSLATE_NOOP("ExperimentLabels", "Inconclusive"),
}
_NEXT = {
    NextStep.SCALE: QT_TRANSLATE_NOOP("ExperimentLabels", "Scale it up"),
    NextStep.ADAPT: QT_TRANSLATE_NOOP("ExperimentLabels", "Adapt it"),
    NextStep.STOP: QT_TRANSLATE_NOOP("ExperimentLabels", "Stop it"),
    NextStep.RETEST: QT_TRANSLATE_NOOP("ExperimentLabels", "Test again"),
}
_BEHAVIOURS = {
    Behaviour.MISTAKE: QT_TRANSLATE_NOOP("ExperimentLabels", "Mistakes"),
    Behaviour.EXPERIMENT: QT_TRANSLATE_NOOP("ExperimentLabels", "Experiments"),
    Behaviour.PRACTICE: QT_TRANSLATE_NOOP("ExperimentLabels", "Practices"),
}
_RESULTS = {
    Result.SUCCESS: QT_TRANSLATE_NOOP("ExperimentLabels", "Success"),
    Result.FAILURE: QT_TRANSLATE_NOOP("ExperimentLabels", "Failure"),
}
_MEANINGS = {
    (Behaviour.MISTAKE, Result.SUCCESS): QT_TRANSLATE_NOOP(
        "ExperimentLabels", "Luck: do not count on it"
    ),
    (Behaviour.MISTAKE, Result.FAILURE): QT_TRANSLATE_NOOP(
        "ExperimentLabels", "Learn from it, then avoid it"
    ),
    (Behaviour.EXPERIMENT, Result.SUCCESS): QT_TRANSLATE_NOOP(
        "ExperimentLabels", "Learning: celebrate it"
    ),
    (Behaviour.EXPERIMENT, Result.FAILURE): QT_TRANSLATE_NOOP(
        "ExperimentLabels", "Learning: celebrate it too"
    ),
    (Behaviour.PRACTICE, Result.SUCCESS): QT_TRANSLATE_NOOP("ExperimentLabels", "Keep doing it"),
    (Behaviour.PRACTICE, Result.FAILURE): QT_TRANSLATE_NOOP(
        "ExperimentLabels", "Bad luck, or a practice to review"
    ),
}
_SCALE = {
    1: QT_TRANSLATE_NOOP("ExperimentLabels", "1 · low"),
    2: QT_TRANSLATE_NOOP("ExperimentLabels", "2 · medium"),
    3: QT_TRANSLATE_NOOP("ExperimentLabels", "3 · high"),
}


def exp_status_label(status: ExpStatus) -> str:
    return render(_STATUSES[status])


def column_label(status: ExpStatus) -> str:
    return render(_COLUMNS[status])


def risk_label(risk: Risk) -> str:
    return render(_RISKS[risk])


def outcome_label(outcome: Outcome) -> str:
    return render(_OUTCOMES[outcome])


def next_step_label(step: NextStep) -> str:
    return render(_NEXT[step])


def behaviour_label(behaviour: Behaviour) -> str:
    return render(_BEHAVIOURS[behaviour])


def result_label(result: Result) -> str:
    return render(_RESULTS[result])


def cell_meaning(behaviour: Behaviour, result: Result) -> str:
    """What a cell of the celebration grid stands for."""
    return render(_MEANINGS[behaviour, result])


def scale_label(value: int) -> str:
    """1-3 for criticality, cost and reliability."""
    return render(_SCALE[value])
