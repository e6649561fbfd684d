"""The controller's commands on the plan: suggestions, dismissals, nurture and week settings."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from planner.domain.errors import PlannerError
from planner.domain.model import TouchPoint
from planner.domain.time_off import TimeOff
from planner.domain.timing import planning_week
from planner.nurture.settings import SETTINGS_KEY, NurtureSettings
from planner.storage.dismissals import Dismissal, dismissals_of_week, forget_before
from planner.storage.dismissals import dismiss as store_dismiss
from planner.storage.dismissals import restore as store_restore
from planner.storage.plans import accept_suggestions as store_accept_suggestions
from planner.storage.time_off import list_time_off, replace_time_off
from planner.ui import i18n
from planner.ui.commands.base import (
    COMPANIES,
    DISMISSALS,
    SETTINGS,
    TOUCHPOINTS,
    Commands,
    record_id,
)
from planner.ui.commands.touchpoints import plan_text

if TYPE_CHECKING:
    # Types only: the planner's modules load with the first plan, after the week is painted.
    from planner.nurture.trip import Stop
    from planner.nurture.week_plan import Suggestion

# Dismissals of planning weeks this long before the one dismissed in are dropped.
DISMISSED_KEEP_DAYS = 35


class PlanCommands(Commands):
    """Planning suggestions, dismissing and restoring them, and the rep's settings and time off."""

    def accept_suggestions(
        self, suggestions: Iterable[Suggestion | Stop], day_override: date | None = None
    ) -> list[TouchPoint]:
        """Plan the suggestions (on `day_override` if given) as one undo step.

        Suggestions already on the calendar are skipped, so accepting twice adds nothing;
        undo deletes exactly the touch-points this call created.
        """
        todo = [
            _InYourLanguage(s if day_override is None else dataclasses.replace(s, day=day_override))
            for s in suggestions
        ]
        tz = getattr(self.clock.now().tzinfo, "key", None) or "UTC"
        with self.store.transaction():
            added = store_accept_suggestions(self.store, todo, tz)
        if not added:
            return []
        holder = {"added": added}
        tps = self.store.touchpoints

        def undo() -> None:
            with self.store.transaction():
                for tp in holder["added"]:
                    tps.expect_unchanged(tp)
                holder["added"] = [self.store.delete_touchpoint(record_id(tp))[0] for tp in added]

        def redo() -> None:
            with self.store.transaction():
                for tp in holder["added"]:
                    tps.expect_absent(record_id(tp))
                holder["added"] = [tps.restore(tp) for tp in holder["added"]]

        if len(added) == 1:
            text = plan_text(added[0])
        else:
            text = self.tr("Plan %Ln suggestion(s)", "", len(added))
        self._push(text, frozenset({TOUCHPOINTS, COMPANIES}), undo, redo)
        return added

    def dismissals(self, week: date) -> list[Dismissal]:
        """The suggestions dismissed for the planning week holding `week`."""
        return dismissals_of_week(self.store, planning_week(week))

    def dismissed_suggestions(self, week: date) -> frozenset[str]:
        """Plan keys of the suggestions dismissed for the planning week holding `week`."""
        return frozenset(d.key for d in self.dismissals(week))

    def dismiss_suggestions(self, week: date, suggestions: Iterable[Suggestion]) -> None:
        """Leave suggestions out of every plan of that week (kept in the plan file); one step."""
        monday = planning_week(week)
        wanted = [
            Dismissal(s.key, monday, s.company_id, _summary(s))
            for s in {s.key: s for s in suggestions}.values()
        ]
        with self.store.transaction():
            forget_before(self.store, monday - timedelta(days=DISMISSED_KEEP_DAYS))
            added = store_dismiss(self.store, wanted)
        if not added:
            return
        if len(added) == 1:
            text = self.tr("Dismiss suggestion")
        else:
            text = self.tr("Dismiss %Ln suggestion(s)", "", len(added))
        self._push(
            text,
            frozenset({DISMISSALS}),
            lambda: store_restore(self.store, [d.key for d in added]),
            lambda: store_dismiss(self.store, added),
        )

    def restore_dismissed(self, keys: Iterable[str]) -> None:
        """Let dismissed suggestions be proposed again; one undo step."""
        removed = store_restore(self.store, keys)
        if not removed:
            return
        if len(removed) == 1:
            text = self.tr("Restore suggestion")
        else:
            text = self.tr("Restore %Ln suggestion(s)", "", len(removed))
        self._push(
            text,
            frozenset({DISMISSALS}),
            lambda: store_dismiss(self.store, removed),
            lambda: store_restore(self.store, [d.key for d in removed]),
        )

    def nurture_settings(self) -> NurtureSettings:
        """The rep's nurture settings; defaults when none (or unreadable ones) are stored."""
        try:
            return NurtureSettings.from_json(self.store.setting(SETTINGS_KEY, None))
        except PlannerError:
            return NurtureSettings()

    def save_nurture_settings(self, settings: NurtureSettings) -> None:
        """Store new nurture settings as one undo step."""
        before = self.store.setting(SETTINGS_KEY, None)
        after = settings.to_json()
        self.store.set_setting(SETTINGS_KEY, after)
        self._push(
            self.tr("Change settings"),
            frozenset({SETTINGS}),
            lambda: self.store.set_setting(SETTINGS_KEY, before),
            lambda: self.store.set_setting(SETTINGS_KEY, after),
        )

    def time_off(self) -> list[TimeOff]:
        """The rep's time off, earliest first."""
        return list_time_off(self.store)

    def save_week_settings(self, settings: NurtureSettings, time_off: list[TimeOff]) -> None:
        """Store the settings and the time off list together, as one transaction and undo step."""
        before = (self.store.setting(SETTINGS_KEY, None), list_time_off(self.store))
        after = (settings.to_json(), list(time_off))

        def put(state: tuple[object, list[TimeOff]]) -> None:
            with self.store.transaction():
                self.store.set_setting(SETTINGS_KEY, state[0])
                replace_time_off(self.store, state[1])

        put(after)
        self._push(
            self.tr("Change settings"),
            frozenset({SETTINGS}),
            lambda: put(before),
            lambda: put(after),
        )


def _summary(s: Suggestion) -> str:
    """How a dismissed suggestion is listed: its title, and the account when it names a person."""
    title = i18n.text(s.title)
    return f"{title} · {s.company_name}" if s.contact_name else title


@dataclasses.dataclass(frozen=True, slots=True)
class _InYourLanguage:
    """A suggestion whose touch-point keeps its title and reason in the user's language."""

    suggestion: Suggestion | Stop  # a week's suggestion or a trip's visit

    @property
    def key(self) -> str:
        return self.suggestion.key

    def to_touchpoint(self, tz: str) -> TouchPoint:
        tp = self.suggestion.to_touchpoint(tz)
        return tp.replace(
            title=i18n.text(self.suggestion.title), reason=i18n.text(self.suggestion.reason)
        )
