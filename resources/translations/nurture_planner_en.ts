<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountDetail</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day} (in %Ln day(s))</source>
        <translation>
            <numerusform>{day} (in %Ln day)</numerusform>
            <numerusform>{day} (in %Ln days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln account(s)</source>
        <translation>
            <numerusform>{shown} of %Ln account</numerusform>
            <numerusform>{shown} of %Ln accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoExportDialog</name>
    <message numerus="yes">
        <source>After every change the planner rewrites this file with every overdue touch-point and the next %Ln week(s). Put it in a folder your calendar subscribes to (a synced or web folder): subscribed calendars follow moves and cancellations; imported copies do not.</source>
        <translation>
            <numerusform>After every change the planner rewrites this file with every overdue touch-point and the next %Ln week. Put it in a folder your calendar subscribes to (a synced or web folder): subscribed calendars follow moves and cancellations; imported copies do not.</numerusform>
            <numerusform>After every change the planner rewrites this file with every overdue touch-point and the next %Ln weeks. Put it in a folder your calendar subscribes to (a synced or web folder): subscribed calendars follow moves and cancellations; imported copies do not.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CadenceRulesModel</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <source>The server answers and accepts the sign-in; it has %Ln calendar(s).</source>
        <translation>
            <numerusform>The server answers and accepts the sign-in; it has %Ln calendar.</numerusform>
            <numerusform>The server answers and accepts the sign-in; it has %Ln calendars.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln calendar(s); pick one.</source>
        <translation>
            <numerusform>Found %Ln calendar; pick one.</numerusform>
            <numerusform>Found %Ln calendars; pick one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop publishing the plan to this calendar. Remove the %Ln published event(s) from your calendar too?</source>
        <translation>
            <numerusform>Stop publishing the plan to this calendar. Remove the %Ln published event from your calendar too?</numerusform>
            <numerusform>Stop publishing the plan to this calendar. Remove the %Ln published events from your calendar too?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnected; %Ln event(s) removed from the calendar.</source>
        <translation>
            <numerusform>Disconnected; %Ln event removed from the calendar.</numerusform>
            <numerusform>Disconnected; %Ln events removed from the calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarWords</name>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>%Ln min ago</numerusform>
            <numerusform>%Ln min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>%Ln h ago</numerusform>
            <numerusform>%Ln h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %Ln change(s) waiting</source>
        <translation>
            <numerusform>Offline — %Ln change waiting</numerusform>
            <numerusform>Offline — %Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar: %Ln change(s) waiting</source>
        <translation>
            <numerusform>Calendar: %Ln change waiting</numerusform>
            <numerusform>Calendar: %Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln conflict(s)</source>
        <translation>
            <numerusform> · %Ln conflict</numerusform>
            <numerusform> · %Ln conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln contact(s)</source>
        <translation>
            <numerusform>{shown} of %Ln contact</numerusform>
            <numerusform>{shown} of %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentLibraryView</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln item(s)</source>
        <translation>
            <numerusform>{shown} of %Ln item</numerusform>
            <numerusform>{shown} of %Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message numerus="yes">
        <source>%Ln executive(s)</source>
        <translation>
            <numerusform>%Ln executive</numerusform>
            <numerusform>%Ln executives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln manager(s)</source>
        <translation>
            <numerusform>%Ln manager</numerusform>
            <numerusform>%Ln managers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practitioner(s)</source>
        <translation>
            <numerusform>%Ln practitioner</numerusform>
            <numerusform>%Ln practitioners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayColumn</name>
    <message numerus="yes">
        <source>%Ln touch-point(s)</source>
        <translation>
            <numerusform>%Ln touch-point</numerusform>
            <numerusform>%Ln touch-points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{touchpoints}: more than your limit of %Ln a day</source>
        <translation>
            <numerusform>{touchpoints}: more than your limit of %Ln a day</numerusform>
            <numerusform>{touchpoints}: more than your limit of %Ln a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln touch-point(s) to do or done</source>
        <translation>
            <numerusform>%Ln touch-point to do or done</numerusform>
            <numerusform>%Ln touch-points to do or done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DismissedButton</name>
    <message numerus="yes">
        <source>Dismissed (%Ln)</source>
        <translation>
            <numerusform>Dismissed (%Ln)</numerusform>
            <numerusform>Dismissed (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore all %Ln</source>
        <translation>
            <numerusform>Restore all %Ln</numerusform>
            <numerusform>Restore all %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Wrote %Ln touch-point(s) to {path}.</source>
        <translation>
            <numerusform>Wrote %Ln touch-point to {path}.</numerusform>
            <numerusform>Wrote %Ln touch-points to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln touch-point(s)&lt;/b&gt;: {overdue} overdue and {in_range} from {first} to {last}.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln touch-point&lt;/b&gt;: {overdue} overdue and {in_range} from {first} to {last}.</numerusform>
            <numerusform>&lt;b&gt;%Ln touch-points&lt;/b&gt;: {overdue} overdue and {in_range} from {first} to {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln touch-point(s)&lt;/b&gt;: all from {first} to {last}.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln touch-point&lt;/b&gt;: all from {first} to {last}.</numerusform>
            <numerusform>&lt;b&gt;%Ln touch-points&lt;/b&gt;: all from {first} to {last}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message numerus="yes">
        <source>The cadence asks for a touch every %Ln day(s).</source>
        <translation>
            <numerusform>The cadence asks for a touch every %Ln day.</numerusform>
            <numerusform>The cadence asks for a touch every %Ln days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridInput</name>
    <message numerus="yes">
        <source>%Ln more touch-point(s) at the same time: click to see them all</source>
        <translation>
            <numerusform>%Ln more touch-point at the same time: click to see them all</numerusform>
            <numerusform>%Ln more touch-points at the same time: click to see them all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%Ln level(s) guessed from the job title (marked “guessed”): the file gives none for them. A Level column in the file decides instead.</source>
        <translation>
            <numerusform>%Ln level guessed from the job title (marked “guessed”): the file gives none for them. A Level column in the file decides instead.</numerusform>
            <numerusform>%Ln levels guessed from the job title (marked “guessed”): the file gives none for them. A Level column in the file decides instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview — %Ln card(s), nothing written yet</source>
        <translation>
            <numerusform>Preview — %Ln card, nothing written yet</numerusform>
            <numerusform>Preview — %Ln cards, nothing written yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview — %Ln row(s), nothing written yet</source>
        <translation>
            <numerusform>Preview — %Ln row, nothing written yet</numerusform>
            <numerusform>Preview — %Ln rows, nothing written yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message numerus="yes">
        <source>%Ln contact(s) without a touch for {days} days or more, longest first. Offer them something personal, not about business. Click a row to open the account.</source>
        <translation>
            <numerusform>%Ln contact without a touch for {days} days or more, longest first. Offer them something personal, not about business. Click a row to open the account.</numerusform>
            <numerusform>%Ln contacts without a touch for {days} days or more, longest first. Offer them something personal, not about business. Click a row to open the account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s) (ends|end) within a year; {missed} with a missed runway step, marked ⚠. Runway touches {offsets} days before each end. Click a row to open it.</source>
        <translation>
            <numerusform>%Ln contract ends within a year; {missed} with a missed runway step, marked ⚠. Runway touches {offsets} days before each end. Click a row to open it.</numerusform>
            <numerusform>%Ln contracts end within a year; {missed} with a missed runway step, marked ⚠. Runway touches {offsets} days before each end. Click a row to open it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s) (ends|end) within a year. Runway touches {offsets} days before each end. Click a row to open it.</source>
        <translation>
            <numerusform>%Ln contract ends within a year. Runway touches {offsets} days before each end. Click a row to open it.</numerusform>
            <numerusform>%Ln contracts end within a year. Runway touches {offsets} days before each end. Click a row to open it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {total} accounts (has|have) a gap; the {shown} shown have gaps first, best scored first. Click a row to open the account.</source>
        <translation>
            <numerusform>%Ln of {total} accounts has a gap; the {shown} shown have gaps first, best scored first. Click a row to open the account.</numerusform>
            <numerusform>%Ln of {total} accounts have a gap; the {shown} shown have gaps first, best scored first. Click a row to open the account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) with a known wallet, {low} of them buying less than half of it from us: the lower part, room to grow. Hover a point for its name, click to open it.</source>
        <translation>
            <numerusform>%Ln customer with a known wallet, {low} of them buying less than half of it from us: the lower part, room to grow. Hover a point for its name, click to open it.</numerusform>
            <numerusform>%Ln customers with a known wallet, {low} of them buying less than half of it from us: the lower part, room to grow. Hover a point for its name, click to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LostTouchModel</name>
    <message numerus="yes">
        <source>{contact}, {role} at {company}: no touch with {name} for %Ln day(s): a personal, not-about-business touch. Double-click to open the account.</source>
        <translation>
            <numerusform>{contact}, {role} at {company}: no touch with {name} for %Ln day: a personal, not-about-business touch. Double-click to open the account.</numerusform>
            <numerusform>{contact}, {role} at {company}: no touch with {name} for %Ln days: a personal, not-about-business touch. Double-click to open the account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln touch-point(s)</source>
        <translation>
            <numerusform>%Ln touch-point</numerusform>
            <numerusform>%Ln touch-points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NurtureSection</name>
    <message numerus="yes">
        <source>{day} (in %Ln day(s))</source>
        <translation>
            <numerusform>{day} (in %Ln day)</numerusform>
            <numerusform>{day} (in %Ln days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day} (%Ln day(s) ago)</source>
        <translation>
            <numerusform>{day} (%Ln day ago)</numerusform>
            <numerusform>{day} (%Ln days ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueTray</name>
    <message numerus="yes">
        <source>⚠  %Ln planned on a day off: </source>
        <translation>
            <numerusform>⚠  %Ln planned on a day off: </numerusform>
            <numerusform>⚠  %Ln planned on a day off: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverflowPopup</name>
    <message numerus="yes">
        <source>{heading} · %Ln touch-point(s)</source>
        <translation>
            <numerusform>{heading} · %Ln touch-point</numerusform>
            <numerusform>{heading} · %Ln touch-points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message numerus="yes">
        <source>Plan %Ln suggestion(s)</source>
        <translation>
            <numerusform>Plan %Ln suggestion</numerusform>
            <numerusform>Plan %Ln suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %Ln suggestion(s)</source>
        <translation>
            <numerusform>Dismiss %Ln suggestion</numerusform>
            <numerusform>Dismiss %Ln suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln suggestion(s)</source>
        <translation>
            <numerusform>Restore %Ln suggestion</numerusform>
            <numerusform>Restore %Ln suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message numerus="yes">
        <source>%Ln suggestion(s)</source>
        <translation>
            <numerusform>%Ln suggestion</numerusform>
            <numerusform>%Ln suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accepted</source>
        <translation>
            <numerusform>%Ln accepted</numerusform>
            <numerusform>%Ln accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dismissed</source>
        <translation>
            <numerusform>%Ln dismissed</numerusform>
            <numerusform>%Ln dismissed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %Ln a day</source>
        <translation>
            <numerusform>up to %Ln a day</numerusform>
            <numerusform>up to %Ln a day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordSendDialog</name>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenewalsModel</name>
    <message numerus="yes">
        <source>⚠ %Ln missed</source>
        <translation>
            <numerusform>⚠ %Ln missed</numerusform>
            <numerusform>⚠ %Ln missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{covered} of %Ln covered</source>
        <translation>
            <numerusform>{covered} of %Ln covered</numerusform>
            <numerusform>{covered} of %Ln covered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next {day} (%Ln day(s) before)</source>
        <translation>
            <numerusform>next {day} (%Ln day before)</numerusform>
            <numerusform>next {day} (%Ln days before)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day} (%Ln day(s) before): covered</source>
        <translation>
            <numerusform>{day} (%Ln day before): covered</numerusform>
            <numerusform>{day} (%Ln days before): covered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day} (%Ln day(s) before): missed</source>
        <translation>
            <numerusform>{day} (%Ln day before): missed</numerusform>
            <numerusform>{day} (%Ln days before): missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day} (%Ln day(s) before): to plan</source>
        <translation>
            <numerusform>{day} (%Ln day before): to plan</numerusform>
            <numerusform>{day} (%Ln days before): to plan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source> touch-point(s) a day</source>
        <translation>
            <numerusform> touch-point a day</numerusform>
            <numerusform> touch-points a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s) without a touch</source>
        <translation>
            <numerusform> day without a touch</numerusform>
            <numerusform> days without a touch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message numerus="yes">
        <source>Coming up · next %Ln day(s)</source>
        <translation>
            <numerusform>Coming up · next %Ln day</numerusform>
            <numerusform>Coming up · next %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TouchpointActions</name>
    <message numerus="yes">
        <source>Change length to %Ln min</source>
        <translation>
            <numerusform>Change length to %Ln min</numerusform>
            <numerusform>Change length to %Ln min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) proposed from {base}.</source>
        <translation>
            <numerusform>%Ln visit proposed from {base}.</numerusform>
            <numerusform>%Ln visits proposed from {base}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) left out.</source>
        <translation>
            <numerusform>%Ln account left out.</numerusform>
            <numerusform>%Ln accounts left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %Ln visit(s).</source>
        <translation>
            <numerusform>Planned %Ln visit.</numerusform>
            <numerusform>Planned %Ln visits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln field</numerusform>
            <numerusform>%Ln fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln touch-point(s)</source>
        <translation>
            <numerusform>%Ln touch-point</numerusform>
            <numerusform>%Ln touch-points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekWording</name>
    <message numerus="yes">
        <source>Week {week}  ·  %Ln touch-point(s)  ·  {planned} planned  ·  {done} done</source>
        <translation>
            <numerusform>Week {week}  ·  %Ln touch-point  ·  {planned} planned  ·  {done} done</numerusform>
            <numerusform>Week {week}  ·  %Ln touch-points  ·  {planned} planned  ·  {done} done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠  Overdue · %Ln planned touch-point(s) past their day</source>
        <translation>
            <numerusform>⚠  Overdue · %Ln planned touch-point past their day</numerusform>
            <numerusform>⚠  Overdue · %Ln planned touch-points past their day</numerusform>
        </translation>
    </message>
</context>
</TS>
