"""The nurture engine's view of the plan file, computed once per change and shared by the views."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from planner.domain.portfolio import Portfolio
from planner.nurture.scoring import Score, score_portfolio
from planner.nurture.settings import NurtureSettings
from planner.storage.portfolio import load_portfolio
from planner.ui.controller import Controller


class NurtureState(QObject):
    """Settings, portfolio and scores, reloaded lazily when the controller's revision moves on.

    Loading a large book takes a noticeable moment, so every panel that shows scores, dues or
    coverage asks this one object (a child of the controller) instead of loading its own.
    """

    def __init__(self, controller: Controller) -> None:
        super().__init__(controller)
        self.setObjectName("nurtureState")
        self.controller = controller
        self._key: tuple[int, date] | None = None
        self._settings: NurtureSettings | None = None
        self._portfolio: Portfolio | None = None
        self._scores: dict[int, Score] | None = None

    @classmethod
    def of(cls, controller: Controller) -> NurtureState:
        """The controller's shared state, created on first use."""
        state = controller.findChild(NurtureState, "nurtureState")
        if isinstance(state, NurtureState):
            return state
        return cls(controller)

    def today(self) -> date:
        return self.controller.today()

    def _check(self) -> None:
        key = (self.controller.revision, self.today())
        if key != self._key:
            self._key = key
            self._settings = self._portfolio = self._scores = None

    def settings(self) -> NurtureSettings:
        self._check()
        if self._settings is None:
            self._settings = self.controller.nurture_settings()
        return self._settings

    def portfolio(self) -> Portfolio:
        self._check()
        if self._portfolio is None:
            self._portfolio = load_portfolio(self.controller.store, self.today())
        return self._portfolio

    def scores(self) -> dict[int, Score]:
        self._check()
        if self._scores is None:
            portfolio = self.portfolio()
            self._scores = score_portfolio(
                portfolio.companies, self.settings(), portfolio.screenings
            )
        return self._scores
