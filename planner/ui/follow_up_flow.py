"""Mark done, offering the follow-up from the cadence; both are one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from planner.domain.model import AgendaEntry, Channel, TouchPoint
from planner.nurture.follow_up import FollowUp, account_score, propose_follow_up
from planner.nurture.scoring import Score
from planner.ui.controller import Controller
from planner.ui.dialogs.follow_up_box import FollowUpBox
from planner.ui.dialogs.outcome_dialog import OutcomeDialog
from planner.ui.display import title_text
from planner.ui.engine_runner import EngineRunner


def _score(controller: Controller, company_id: int, engine: EngineRunner | None) -> Score | None:
    """The account's score from the engine's snapshot of this revision, when it has one.

    Before the engine has answered (or without one) it is worked out here: tiers are relative
    to the whole book, so that reads every account once.
    """
    snapshot = engine.current() if engine is not None else None
    if snapshot is not None:
        return snapshot.scores.get(company_id)
    store = controller.store
    try:
        return account_score(
            company_id,
            store.companies.all(),
            controller.nurture_settings(),
            store.screenings.latest(),
        )
    except KeyError:
        return None


def proposal_for(
    controller: Controller, entry: AgendaEntry, engine: EngineRunner | None = None
) -> FollowUp | None:
    """The cadence's follow-up after `entry`, done today; None when the account has no score."""
    tp = entry.touchpoint
    score = _score(controller, tp.company_id, engine)
    if score is None:
        return None
    contact = controller.store.contacts.get(tp.contact_id) if tp.contact_id is not None else None
    return propose_follow_up(tp, controller.today(), contact, score, controller.nurture_settings())


def follow_up_title(entry: AgendaEntry) -> str:
    """The follow-up's calendar title: "Follow-up: Jane Doe" (the account without a contact)."""
    return QCoreApplication.translate("FollowUp", "Follow-up: {name}").format(
        name=entry.contact_name or entry.company_name
    )


def open_mark_done(
    controller: Controller, entry: AgendaEntry, parent: QWidget, engine: EngineRunner | None = None
) -> OutcomeDialog:
    """The Mark done dialog for `entry` with the follow-up box filled from the cadence."""
    tp = entry.touchpoint
    sends = tp.channel is Channel.CONTENT and tp.content_id is not None and bool(tp.contact_id)
    proposal = proposal_for(controller, entry, engine)
    box = None
    if proposal is not None:
        who = entry.contact_name or entry.company_name
        box = FollowUpBox(proposal, who, controller.today())
    what = f"{title_text(entry)} — {entry.company_name}"
    return OutcomeDialog(what, sends_content=sends, parent=parent, follow_up=box)


def complete_with_follow_up(
    controller: Controller,
    entry: AgendaEntry,
    outcome: str,
    follow_up: FollowUp | None,
) -> TouchPoint | None:
    """Mark `entry` done and plan `follow_up`, as one undo step named "Mark done".

    Should planning fail, the completion is taken back too, so the action changes nothing.
    """
    tp = entry.touchpoint
    assert tp.id is not None
    stack = controller.undo_stack
    stack.beginMacro(QCoreApplication.translate("FollowUp", "Mark done"))
    planned = None
    try:
        controller.complete_touchpoint(tp.id, outcome)
        if follow_up is not None:
            planned = controller.plan_touchpoint(follow_up.touchpoint(tp, follow_up_title(entry)))
    except Exception:
        stack.endMacro()
        # Take back what was done, then drop the step: an obsolete command is removed, not
        # redone, so nothing is left to redo either.
        stack.undo()
        macro = stack.command(stack.count() - 1)
        if macro is not None:
            macro.setObsolete(True)
            stack.redo()
        raise
    stack.endMacro()
    return planned


def run_mark_done(
    controller: Controller, entry: AgendaEntry, parent: QWidget, engine: EngineRunner | None = None
) -> bool:
    """Ask for the outcome and the follow-up; True when the rep marked it done."""
    dialog = open_mark_done(controller, entry, parent, engine)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    complete_with_follow_up(controller, entry, dialog.outcome(), dialog.follow_up())
    return True
