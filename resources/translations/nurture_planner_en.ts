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
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <source>The server answers and accepts the sign-in; it has %n calendar(s).</source>
        <translation>
            <numerusform>The server answers and accepts the sign-in; it has %n calendar.</numerusform>
            <numerusform>The server answers and accepts the sign-in; it has %n calendars.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n calendar(s); pick one.</source>
        <translation>
            <numerusform>Found %n calendar; pick one.</numerusform>
            <numerusform>Found %n calendars; pick one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop publishing the plan to this calendar. Remove the %n published event(s) from your calendar too?</source>
        <translation>
            <numerusform>Stop publishing the plan to this calendar. Remove the %n published event from your calendar too?</numerusform>
            <numerusform>Stop publishing the plan to this calendar. Remove the %n published events from your calendar too?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnected; %n event(s) removed from the calendar.</source>
        <translation>
            <numerusform>Disconnected; %n event removed from the calendar.</numerusform>
            <numerusform>Disconnected; %n events removed from the calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarWords</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline — %n change waiting</numerusform>
            <numerusform>Offline — %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar: %n change(s) waiting</source>
        <translation>
            <numerusform>Calendar: %n change waiting</numerusform>
            <numerusform>Calendar: %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n conflict(s)</source>
        <translation>
            <numerusform> · %n conflict</numerusform>
            <numerusform> · %n conflicts</numerusform>
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
        <source>%n touch-point(s)</source>
        <translation>
            <numerusform>%n touch-point</numerusform>
            <numerusform>%n touch-points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{touchpoints}: more than your limit of %n a day</source>
        <translation>
            <numerusform>{touchpoints}: more than your limit of %n a day</numerusform>
            <numerusform>{touchpoints}: more than your limit of %n a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touch-point(s) to do or done</source>
        <translation>
            <numerusform>%n touch-point to do or done</numerusform>
            <numerusform>%n touch-points to do or done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DismissedButton</name>
    <message numerus="yes">
        <source>Dismissed (%n)</source>
        <translation>
            <numerusform>Dismissed (%n)</numerusform>
            <numerusform>Dismissed (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore all %n</source>
        <translation>
            <numerusform>Restore all %n</numerusform>
            <numerusform>Restore all %n</numerusform>
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
        <source>The cadence asks for a touch every %n day(s).</source>
        <translation>
            <numerusform>The cadence asks for a touch every %n day.</numerusform>
            <numerusform>The cadence asks for a touch every %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridInput</name>
    <message numerus="yes">
        <source>%n more touch-point(s) at the same time: click to see them all</source>
        <translation>
            <numerusform>%n more touch-point at the same time: click to see them all</numerusform>
            <numerusform>%n more touch-points at the same time: click to see them all</numerusform>
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
        <source>{contact}, {role} at {company}: no touch with {name} for %n day(s): a personal, not-about-business touch. Double-click to open the account.</source>
        <translation>
            <numerusform>{contact}, {role} at {company}: no touch with {name} for %n day: a personal, not-about-business touch. Double-click to open the account.</numerusform>
            <numerusform>{contact}, {role} at {company}: no touch with {name} for %n days: a personal, not-about-business touch. Double-click to open the account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touch-point(s)</source>
        <translation>
            <numerusform>%n touch-point</numerusform>
            <numerusform>%n touch-points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NurtureSection</name>
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
        <source>⚠  %n planned on a day off: </source>
        <translation>
            <numerusform>⚠  %n planned on a day off: </numerusform>
            <numerusform>⚠  %n planned on a day off: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠  Overdue · %n planned touch-point(s) past their day</source>
        <translation>
            <numerusform>⚠  Overdue · %n planned touch-point past their day</numerusform>
            <numerusform>⚠  Overdue · %n planned touch-points past their day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverflowPopup</name>
    <message numerus="yes">
        <source>{heading} · %n touch-point(s)</source>
        <translation>
            <numerusform>{heading} · %n touch-point</numerusform>
            <numerusform>{heading} · %n touch-points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message numerus="yes">
        <source>Plan %n suggestion(s)</source>
        <translation>
            <numerusform>Plan %n suggestion</numerusform>
            <numerusform>Plan %n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n suggestion(s)</source>
        <translation>
            <numerusform>Dismiss %n suggestion</numerusform>
            <numerusform>Dismiss %n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n suggestion(s)</source>
        <translation>
            <numerusform>Restore %n suggestion</numerusform>
            <numerusform>Restore %n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed</source>
        <translation>
            <numerusform>%n dismissed</numerusform>
            <numerusform>%n dismissed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n a day</source>
        <translation>
            <numerusform>up to %n a day</numerusform>
            <numerusform>up to %n a day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordSendDialog</name>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenewalsModel</name>
    <message numerus="yes">
        <source>⚠ %n missed</source>
        <translation>
            <numerusform>⚠ %n missed</numerusform>
            <numerusform>⚠ %n missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{covered} of %n covered</source>
        <translation>
            <numerusform>{covered} of %n covered</numerusform>
            <numerusform>{covered} of %n covered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next {day} (%n day(s) before)</source>
        <translation>
            <numerusform>next {day} (%n day before)</numerusform>
            <numerusform>next {day} (%n days before)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day} (%n day(s) before): covered</source>
        <translation>
            <numerusform>{day} (%n day before): covered</numerusform>
            <numerusform>{day} (%n days before): covered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day} (%n day(s) before): missed</source>
        <translation>
            <numerusform>{day} (%n day before): missed</numerusform>
            <numerusform>{day} (%n days before): missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day} (%n day(s) before): to plan</source>
        <translation>
            <numerusform>{day} (%n day before): to plan</numerusform>
            <numerusform>{day} (%n days before): to plan</numerusform>
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
        <source>Coming up · next %n day(s)</source>
        <translation>
            <numerusform>Coming up · next %n day</numerusform>
            <numerusform>Coming up · next %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TouchpointActions</name>
    <message numerus="yes">
        <source>Change length to %n min</source>
        <translation>
            <numerusform>Change length to %n min</numerusform>
            <numerusform>Change length to %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) proposed from {base}.</source>
        <translation>
            <numerusform>%n visit proposed from {base}.</numerusform>
            <numerusform>%n visits proposed from {base}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) left out.</source>
        <translation>
            <numerusform>%n account left out.</numerusform>
            <numerusform>%n accounts left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %n visit(s).</source>
        <translation>
            <numerusform>Planned %n visit.</numerusform>
            <numerusform>Planned %n visits.</numerusform>
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
    <name>WeekView</name>
    <message numerus="yes">
        <source>Week {week}  ·  %n touch-point(s)  ·  {planned} planned  ·  {done} done</source>
        <translation>
            <numerusform>Week {week}  ·  %n touch-point  ·  {planned} planned  ·  {done} done</numerusform>
            <numerusform>Week {week}  ·  %n touch-points  ·  {planned} planned  ·  {done} done</numerusform>
        </translation>
    </message>
</context>
</TS>
