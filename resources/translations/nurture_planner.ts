<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>in memory (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan touch-points with dream clients and existing accounts, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder (backups, demo plan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDetail</name>
    <message>
        <source>Segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incumbent competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their contract ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incumbent competitors recorded — add them with Edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet — add one in the Contacts view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has left this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No touch-points or content sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give notice by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} (passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{day} (in %Ln day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{level} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}
Outcome: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content sent — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dream client, customer, prospect or former customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How soon they will buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected deal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our annual revenue with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of wallet: our revenue as a share of what they spend in our category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When our contract with them ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last touch-point that was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next planned touch-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many contacts work there now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{revenue} of {wallet} a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected account is a duplicate: fold it into another, keeping its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show accounts of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressBox</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the city — or pin: 45.764, 4.836</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to place the account by its city. Type latitude, longitude (in degrees) to pin it where the city is unknown or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code, &amp;city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No city: trips cannot include it until it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown place: check the city and country, or pin its position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the position as latitude, longitude in degrees (e.g. 45.764, 4.836), or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A latitude lies between -90 and 90, a longitude between -180 and 180.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaDelegate</name>
    <message>
        <source>Today · {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow · {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Nurture Planner could not open {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoExportDialog</name>
    <message>
        <source>Automatic calendar export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep a calendar file up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After every change the planner rewrites this file with every overdue touch-point and the next %Ln week(s). Put it in a folder your calendar subscribes to (a synced or web folder): subscribed calendars follow moves and cancellations; imported copies do not.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file was last written on {day}, {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoExporter</name>
    <message>
        <source>Calendar file not updated: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>Joined on {day}, from {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({minutes} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit brief: {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief: {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incumbent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No touch recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min, {km} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to {base}: {minutes} min, {km} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving in all: {km} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {base}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip day: {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CadenceRulesModel</name>
    <message>
        <source>Dream client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light (screened, no potential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}: the ideal ({ideal}) is longer than the maximum ({maximum}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{program}, tier {tier}, account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{program}, tier {tier}, {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account (any contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ideal interval must not be longer than the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}: double-click a number of days to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Publish the plan to your own calendar server (Nextcloud, Fastmail, iCloud, mailbox.org, Synology, Radicale…) so your phone shows it within minutes, and moves made on the phone come back into the plan. Use an app password. Google Calendar is not supported (it needs a Google sign-in); export a calendar file for it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://cloud.example.com/remote.php/dav/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These buttons act at once; Save and Cancel are for the other tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {server} as {user}: calendar “{calendar}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the plan stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a “{name}” calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server answers and accepts the sign-in; it has %Ln calendar(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln calendar(s); pick one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected; the calendar “{calendar}” was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the calendar “{calendar}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is being published now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the calendar server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stop publishing the plan to this calendar. Remove the %Ln published event(s) from your calendar too?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove them and disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep them and disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disconnected; %Ln event(s) removed from the calendar.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected; the events stay on the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Calendar server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides (the plan&apos;s version was kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the calendar&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {server} as {user}: calendar “{calendar}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendar server is connected; connect one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A touch-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A touch-point no longer in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: kept on {plan}; your calendar had deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: kept on {plan}; your calendar had it on {calendar}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken; the next sync publishes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPasswordDialog</name>
    <message>
        <source>Calendar password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server {server} asks for the password of {user}. This computer has no keychain to keep it in, so it is asked once each time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarRunner</name>
    <message>
        <source>The calendar work failed; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarStatusButton</name>
    <message>
        <source>Calendar server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}
Click for the calendar: Sync now and conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarSteps</name>
    <message>
        <source>Take the calendar&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarWords</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing with your calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline — %Ln change(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar: %Ln change(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar up to date · {ago}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %Ln conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <source>Nothing planned

Double-click
to plan one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. service problems, a competitor circling, a champion leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract end (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buying timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Growth potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Margin %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our annual &amp;revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their annual &amp;wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract and relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal &amp;notice (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incumbent competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor row {row} needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract end of {name} must be a date like 2027-03-31, or left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin % must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal size cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our annual revenue cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their annual wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their annual wallet cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal notice cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>Job history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No touch-points with this person yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent yet — use “Record sent to…” in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} at {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their current job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change the company, use “Moved to another company…”: it keeps the old job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.linkedin.com/in/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests, family, hobbies — for touches that are not about business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;vel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buying role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact needs a first or last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address (expected name@company.com).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Moved to another company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They changed jobs: keep the old job and their touch history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected contact is a duplicate: fold it into another, keeping its history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentDetail</name>
    <message>
        <source>Intended for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to anyone yet — use “Record sent to…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No content selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown for copying; the planner never opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentDialog</name>
    <message>
        <source>Edit {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New content item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… or a file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. packaging, sustainability, cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated; empty means every industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For account kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the content file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentLibraryView</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Record sent to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log that this item went to one or several contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Plan call on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan e-mail on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan meeting on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan visit on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan sending content on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan social touch on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan personal touch on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{letter} = {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ covered at every level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{executives}, {managers}, {practitioners}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln executive(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln manager(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practitioner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Covered at every level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{account}: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong inside Nurture Planner. Everything saved before this is safe, and you can keep working; if it happens again, please report it with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were also written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayColumn</name>
    <message>
        <source>Touch-points on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln touch-point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Over the limit: {load} of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over limit: {load}/{limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {load}/{limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today · {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{touchpoints}: more than your limit of %Ln a day</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln touch-point(s) to do or done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: a day off with {touchpoints} on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DismissedButton</name>
    <message>
        <source>Show what was dismissed this week and bring it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dismissed (%Ln)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore “{what}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore all %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>{value} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineRunner</name>
    <message>
        <source>The plan could not be worked out; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} ({elsewhere})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{what} {value!r} is not a valid date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {value!r} is not a valid date ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {value!r} is not a valid time (expected HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {value!r} is not a valid time (hours run 00-23, minutes 00-59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cadence rule is not valid: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cadence&apos;s ideal interval must be at least one day and at most its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours are needed for all seven weekdays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call, meeting or visit lasts between 5 and 480 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity must be at least one touch-point a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one working day (0 = Monday … 6 = Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lost-touch limit must be at least a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway offsets are days before the contract end (negative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The road factor lies between 1.0 and 3.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driving speed lies between 5 and 200 km/h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit lasts between 10 and 480 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nurture settings are not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nurture settings are not valid: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} (from {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to {path} failed: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the backup file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database it copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar apps expect a name that ends in {suffix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name contains a character that file names cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; add a file name, for example {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a device or special file; an export never replaces one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is read-only; change its permissions or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} is not writable; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} exists and is not a calendar exported from this plan; it was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be used safely; no backup of it was found in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be used safely; the latest backup is {backup}; restore it with `nurture-planner restore {file} --db {path}`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check could not run: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table} row {row} refers to a missing {parent} record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the foreign-key check could not run: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not hold a Nurture Planner plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Nurture Planner backup (not an SQLite database); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); choose another backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not hold a Nurture Planner plan; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be restored: {problem}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is read-only, so it cannot be replaced; change its permissions first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} is not writable, so the plan cannot be replaced there. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is in use by another program; close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is the database itself; choose a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is open in a Nurture Planner window; close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A position needs both a latitude and a longitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A latitude lies between -90 and 90, a longitude between -180 and 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is called {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name!r} matches several accounts: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact is called {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name!r} matches several contacts: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already works there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no content item with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A content item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Nurture Planner database (not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not a Nurture Planner database (not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged (the database disk image is malformed); restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged (the database disk image is malformed); restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is locked by another program; close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is locked by another program; close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is read-only; change its permissions or copy it somewhere writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only; change its permissions or copy it somewhere writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {path} is full, so the last change was not saved (everything saved before it is safe); free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the database is full, so the last change was not saved (everything saved before it is safe); free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read or written (the disk or its file system failed); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be read or written (the disk or its file system failed); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened; check that its folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened; check that its folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} of {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} is not writable, so changes to {path} cannot be saved; change the folder&apos;s permissions or copy the file somewhere writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Nurture Planner; update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty: it holds no plan. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not hold a Nurture Planner plan (it is another program&apos;s database); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged (broken links between records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it first or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {number} has already been undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no screening with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That touch-point is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no touch-point with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touch-point was changed since (perhaps from the command line or another window); it was left as it is now, so that change is not lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touch-point was deleted since (perhaps from the command line or another window); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A touch-point lasts between 0 minutes and a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone!r} is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export range starts ({first}) after it ends ({last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder is between 0 and {minutes} minutes before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of weeks ahead cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch-point {id} has an unknown time zone {zone!r}; fix it before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file for the automatic calendar export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: {file} was not written; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk: {file} was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is read-only; change its permissions or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of {file} is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name {file} is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was changed since (perhaps from the command line or another window); it was left as it is now, so that change is not lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} exists and is not an earlier CSV export; nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No city called {name!r} is known (try adding the country: Lyon, France).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table {table} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table {table} has no column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table} row {row} has a value this version cannot read in {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be used: {problem}. It was left unchanged; restore a backup or open another plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is a pipe, a device or a socket); choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is being restored or written by another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was replaced (a backup was restored) while it was open here; nothing was saved. Open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url!r} is not a server address; it starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user name separately, not inside the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server at {host} is reached without encryption (http); use its https:// address (plain http is only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no keychain on this computer to keep the calendar password in; it is asked for again next time (or set {variable}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server at {server} cannot be reached; changes wait until it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server at {server} refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of the app was built without calendar server support; export a calendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server at {server} answered with an error ({what}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server did not accept an event (HTTP {status}); it stays queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendar server is connected to this plan on this computer; connect one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open calendar conflict {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off must end on or after the day it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off can be at most a year at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--accept and --complete are shares between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a whole number, not “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{key}” is not a setting; known: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting {key} takes one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a time; write it as HH:MM, e.g. 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” are not working hours; write them as 08:30-17:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours must end at least half an hour after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a weekday; use mon, tue, … sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” is not a country with known public holidays (e.g. DE, US, GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{region}” is not a region of {country}; known: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time-off label can be at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no time off with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {server} could not be verified (it may be self-signed or expired); the connection was not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{server} answers, but it is not a calendar (CalDAV) server; check the address (your provider names it, e.g. https://cloud.example.com/remote.php/dav/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was not opened: its check was stopped. Nothing was changed; it is checked again when it is next opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start today, with every overdue touch-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier the nurture engine gives the account from its score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also done and skipped touch-points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to timed touch-points only. Outlook keeps it; Google drops reminders on import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Importing:&lt;/b&gt; Google Calendar and Outlook do not update events from a file you import again — they skip or duplicate them. Import a one-off export into a dedicated calendar (delete it and import afresh to refresh), or let your calendar subscribe to a file the planner keeps up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a calendar file up to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln touch-point(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln touch-point(s)&lt;/b&gt;: {overdue} overdue and {in_range} from {first} to {last}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln touch-point(s)&lt;/b&gt;: all from {first} to {last}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists and is not a calendar exported from this plan. Replace it with the export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the .ics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Follow-up: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <source>Plan the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to mark it done without planning a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>Qt date format of the day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The cadence asks for a touch every %Ln day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date format of the date fields</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a number, for example 25000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a date like 2027-03-31, or left empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridHead</name>
    <message>
        <source>⚠ {load}/{limit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridInput</name>
    <message numerus="yes">
        <source>%Ln more touch-point(s) at the same time: click to see them all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file is a ZIP archive or an Excel/Numbers workbook, not contacts in vCard or CSV format; save it as CSV first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is an old Excel or Word file, not contacts in vCard or CSV format; save it as CSV first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a PDF document, not contacts in vCard or CSV format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a PNG image, not contacts in vCard or CSV format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a JPEG image, not contacts in vCard or CSV format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a GIF image, not contacts in vCard or CSV format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is an SQLite database, not contacts in vCard or CSV format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a gzip archive, not contacts in vCard or CSV format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is a pipe, a device or a socket); choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {size} MB; files over {limit} MB are not imported (export without photos, or split it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is cut off: it is UTF-16 text with an odd number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid {encoding} text (byte {byte}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds binary data (control character {code} on line {line}); it is not a vCard or CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds binary data (a zero byte on line {line}); it is not a vCard or CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no name (e-mail {email})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no person&apos;s name (only the company {company!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail {email!r} is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} is not part of a vCard: {text!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} cannot be read: {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} is outside any vCard (expected BEGIN:VCARD): {text!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vCard file cannot be read: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is cut off: vCard {record} (line {line}) has no END:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no vCards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a card for the company {company!r}, not a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated annual wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected deal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incumbent competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone (IANA name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact (full name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content (title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field!r} is not a field of {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column to the account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column to the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column to the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column to the first name, the last name or the full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is cut off: a quoted value opened on line {line} never closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} holds a value too large for a CSV cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} is not valid CSV: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not look like a {format} file: no matching header row in its first {lines} lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row (line {line}) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {value!r} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {value} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {value!r} is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {value!r} is below {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {value!r} is above {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {value!r} is not one of {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timezone {value!r} is not a known time zone (expected a name like Europe/Berlin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration_minutes {value!r} is not a whole number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration_minutes {value!r} is longer than a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed_at {value!r} is not a date and time (expected ISO 8601, like 2026-11-24T10:30:00+01:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no account (company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {count} fields but the header (line {line}) has {width}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard {record} (line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a vCard file (it does not start with BEGIN:VCARD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a vCard file, not {format}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vCard file has no columns to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column {column!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several contacts are called {name}; the contact is left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creates the contact {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creates the account {name} (a prospect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several content items are titled {title!r}; the content is left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content item is titled {title!r}; the content is left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard {record} (line {line}) {reason}; {count} row(s) cannot be imported, so nothing was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} {reason}; {count} row(s) cannot be imported, so nothing was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBatchesModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} — read as {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Undo the import of {name}? It removes what the import added and puts back the fields it filled, except where you changed them since. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Contacts and accounts (*.vcf *.vcard *.csv *.txt);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated annual wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected deal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incumbent competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone (IANA name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact (full name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content (title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts or accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows describe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planner field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite existing values (otherwise only empty fields are filled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching records are updated, never duplicated: accounts by name, contacts by e-mail or by name within the account, touch-points by account, contact, day, time, channel and title. File → Undo import… takes an import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: {format} · {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as: {format} · {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vCard or CSV file to see its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vCard file needs no column mapping: names, organisation, title, e-mail, phone, web address and notes are read from each card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} holds the column names. Pick the column that fills each field; the preview follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also tried when empty: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln level(s) guessed from the job title (marked “guessed”): the file gives none for them. A Level column in the file decides instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rows that cannot be imported; the Details column says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: every row is already in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview — %Ln card(s), nothing written yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview — %Ln row(s), nothing written yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{error} Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buying role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated annual wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>margin percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected deal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buying timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard {card} (line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills {fields}; {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} (guessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed from the job title: the file gives no level for this contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportUndoRunner</name>
    <message>
        <source>The import could not be undone; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touches per week by account kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts you have lost touch with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals in the next 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals in the next twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage by level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of wallet against our revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) without a touch for {days} days or more, longest first. Offer them something personal, not about business. Click a row to open the account.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s) (ends|end) within a year; {missed} with a missed runway step, marked ⚠. Runway touches {offsets} days before each end. Click a row to open it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s) (ends|end) within a year. Runway touches {offsets} days before each end. Click a row to open it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {total} accounts (has|have) a gap; the {shown} shown have gaps first, best scored first. Click a row to open the account.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>As of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Week of {day} (planned and done): {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {day} (done): {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in the last {past} weeks (about {average} a week), then what is planned for the next {future} weeks (hatched). Hover a bar for its numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{account} (tier {tier})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) with a known wallet, {low} of them buying less than half of it from us: the lower part, room to grow. Hover a point for its name, click to open it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterchangeActions</name>
    <message>
        <source>&amp;Import contacts or accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a vCard file or a LinkedIn, Google, Outlook or CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a past import back as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write accounts.csv, contacts.csv and touchpoints.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {files} to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{files} in {folder} are not earlier CSV exports of the planner. Replace them with the export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {source}: {new} new, {updated} updated, {unchanged} unchanged, {skipped} skipped. Ctrl+Z or File → Undo import… takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>Dream client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brochure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard (.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn connections (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Contacts (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook contacts (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture Planner CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other CSV (map the columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch-points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LostTouchModel</name>
    <message>
        <source>Something personal — your notes: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite {name} for a coffee, no agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {name} a short personal note or an article they&apos;d enjoy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask {name} how things are going, nothing to sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since last touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested personal touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{contact}, {role} at {company}: never touched {name}: time for a personal touch. Double-click to open the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{contact}, {role} at {company}: no touch with {name} for %Ln day(s): a personal, not-about-business touch. Double-click to open the account.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another database file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic calendar export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Touch-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan my week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide this week&apos;s suggestions beside the week (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Nurture Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} — {file} — Demo plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} — {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan my week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week, accounts, contacts, content and insights; Ctrl+1 to Ctrl+5 jump there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{view} ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved as you make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan files (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{accounts} · {touchpoints}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln touch-point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch-points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {name} into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is a duplicate. Pick the contact to keep: it gets all of the duplicate&apos;s touch history, content sends and jobs, its empty fields are filled from the duplicate and different notes are added; then the duplicate is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is a duplicate. Pick the account to keep: it gets all of the duplicate&apos;s touch history, content sends, contacts and screenings, its empty fields are filled from the duplicate and different notes are added; then the duplicate is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the contact to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the account to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate — will be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merge cannot be undone (Ctrl+Z will not bring the duplicate back, and earlier steps can no longer be undone either). A copy of your plan is saved first in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merge cannot be undone (Ctrl+Z will not bring the duplicate back, and earlier steps can no longer be undone either).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the record to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveContactDialog</name>
    <message>
        <source>{name} moved to another company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} leaves {company}. The old job stays in their history with its end date, and their touch history stays with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} leaves their company. The old job stays in their history with its end date, and their touch history stays with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a company or type a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their title at the new company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not in your plan yet: it will be added as a prospect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the company they moved to, or type its name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nurture</name>
    <message>
        <source>{title!r} went to {recipients} contacts ({percent:.0f} % of everyone): one size fits all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts at {company}: map someone there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{company} is single-threaded: one contact only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No executive touch at {company} yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manager touch at {company} yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practitioner touch at {company} yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No executive touch at {company} for {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manager touch at {company} for {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practitioner touch at {company} for {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map an executive at {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a manager at {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a practitioner at {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts: map someone there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-threaded: one contact only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No executive touch yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manager touch yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practitioner touch yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No executive touch for {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manager touch for {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practitioner touch for {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map an executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} left {company}: no executive there any more, map an executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} left {company}: no manager there any more, map a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} left {company}: no practitioner there any more, map a practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} left {company}: nobody is left there, map a new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} left {company}: it is single-threaded now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congratulate {name} on the new role at {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never touched {name}: time for a personal touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No touch with {name} for {days} days: a personal, not-about-business touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their contract with {competitor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their contract with {competitor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days before {what} ends on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{company} buys little from us: screen what they spend elsewhere and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buys this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buys next quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buys this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buys later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying timeframe unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buys this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buys next quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buys this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buys later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buying timeframe unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High growth potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium growth potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low growth potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth potential unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screened: potential (price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screened: potential (relationship)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screened: potential (product gap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screened: potential (convenience)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screened: potential (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{millions:.1f}M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{thousands:.0f}k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent:.0f} % of their spend goes to competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} a year buys elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screened: no potential, light quarterly program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small account, not screened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dream client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{margin:.0f} % margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal about {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier {tier} set by you (scored {computed})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NurtureSection</name>
    <message>
        <source>Executives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executives due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now — never touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Overdue since {latest} (ideal was {ideal})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now (at the latest {latest})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ideal} (at the latest {latest})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{day} (%Ln day(s) ago)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Every level covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {tier} (set by you; scored {computed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{day} (in %Ln day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next touch due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s account is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {last}: lost touch, offer something personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {tier} at {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenCheck</name>
    <message>
        <source>Checking {file}…
It was not closed properly last time, so it is read once to make sure it is sound before it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go? What was agreed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Interested in the pilot; send pricing by Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content item will be recorded as sent to the contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueTray</name>
    <message numerus="yes">
        <source>⚠  %Ln planned on a day off: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverflowPopup</name>
    <message>
        <source>Touch-points at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down move between them, Enter opens one, Escape closes the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{heading} · %Ln touch-point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>dream clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>former customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the light program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account touch at {company} yet ({cadence})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No executive touch at {company} yet ({cadence})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manager touch at {company} yet ({cadence})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practitioner touch at {company} yet ({cadence})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account touch at {company} for {duration} ({cadence})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No executive touch at {company} for {duration} ({cadence})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manager touch at {company} for {duration} ({cadence})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practitioner touch at {company} for {duration} ({cadence})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account touch at {company} for {duration} ({cadence}) — past the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No executive touch at {company} for {duration} ({cadence}) — past the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manager touch at {company} for {duration} ({cadence}) — past the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practitioner touch at {company} for {duration} ({cadence}) — past the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send content to {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social touch with {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal touch with {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send “{content}” to {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send “{title}”, written for them and not yet received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier {tier} {program}: every {days} days while at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier {tier} {program}: every {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal runway: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position before {what} ends on {date} ({days}-day runway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} moved from {old} to {new} on {date}: congratulate them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} moved to {new} on {date}: congratulate them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never touched {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No touch with {name} for {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-threaded: ask for an introduction to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No executive mapped: ask who else decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday}: the day it falls due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday}: due already, the first day with room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday}: the free day nearest to when it falls due ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message numerus="yes">
        <source>Plan %Ln suggestion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %Ln suggestion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln suggestion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>{day}: {channel} {contact} at {account} — {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {channel} {account} — {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested content: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag onto a day to plan it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{suggestion}. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Suggested touch-points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan my week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan every suggestion shown (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the selected suggestion on its day (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected suggestion for this week (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a suggestion onto a day to plan it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss for this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accepted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dismissed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %Ln a day</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This week has passed. Go to this week or a later one to plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working days left this week. Next week is ready to plan (Alt+→).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to suggest this week: {done}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to suggest: every account is within its cadence, or the days are full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannedFates</name>
    <message>
        <source>Their planned touch-points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what becomes of each: it can go with them to the new company, be cancelled, or stay at {company}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} · {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{touch} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the new company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What becomes of {touch}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickSearchDialog</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch-points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts, contacts, content and touch-points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, a title, a word of the notes or of an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {detail}    [{kind}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}    [{kind}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ to move, Enter to open, Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>Add {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {name} to {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record content sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSendDialog</name>
    <message>
        <source>Record “{title}” sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick everyone who received it. This only logs the send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody ticked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one contact who received it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected account (double-click a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected account (Delete; Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter accounts by name, industry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account to see its contacts, contract and timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet — add your first dream client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected contact (double-click a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected contact (Delete; Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter contacts by name, company, title, e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a contact to see their jobs, touches and content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet — add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a content item (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected item (double-click a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected item (Delete; Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, kind, topic, segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see who received it and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No content yet — add the white papers, case studies and newsletters you share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderPicker</name>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on timed touch-points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder minutes before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewalsModel</name>
    <message>
        <source>Their contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their contract with {competitor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln missed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{covered} of %Ln covered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next {day} (%Ln day(s) before)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{account}: runway steps — {steps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{day} (%Ln day(s) before): covered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day} (%Ln day(s) before): missed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day} (%Ln day(s) before): to plan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScatterChart</name>
    <message>
        <source>No customer with a known wallet yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{account}
Our revenue: {revenue}
Share of wallet: {share}
Click to open the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Today&apos;s backup was not made: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Give at least one runway offset, e.g. 180, 120, 90, 60, 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway offsets: there is an empty entry between two commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway offsets: “{text}” is not a whole number of days before the contract end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway offsets: {days} is out of range; use 1 to {most} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runway offsets: each number of days may appear only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to touch each kind of account and contact, how much fits in a day, and when renewals start their runway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before a contract ends, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal runway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days before the contract ends, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost touch after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much longer roads are than the straight line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cadences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar ser&amp;ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadences (days between touches; double-click a number to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> touch-point(s) a day</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s) without a touch</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the card on the day before or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the card above or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the parts of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message numerus="yes">
        <source>Coming up · next %Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>{file} is already open in another Nurture Planner window; switch to that window, or close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of {file} does not let Nurture Planner write its lock file; check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>Planned (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No touch-points yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionDelegate</name>
    <message>
        <source>Send: “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} · Tier {tier}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Dream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↷ Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <source>Week as a time grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows move between touch-points, Enter opens one, Delete deletes it; drag a block to move it, drag its lower edge to change its length, double-click an empty hour to plan one there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days and all-day touch-points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchPointCommands</name>
    <message>
        <source>Edit touch-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete touch-point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchpointActions</name>
    <message numerus="yes">
        <source>Change length to %Ln min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TouchpointDialog</name>
    <message>
        <source>Edit touch-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a touch-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an account name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>Qt date format of the day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>Qt time format of the time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after the duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Share the Q1 benchmark report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for {elsewhere}; {here} here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntent to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} — {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no one in particular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account this touch-point is with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account called “{name}”; choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trip</name>
    <message>
        <source>Place unknown: give it a known city or pin its position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too far: {km} km away (radius {radius} km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not due for a touch on these days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room left: the days are full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit is already planned on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit: {who}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TripActions</name>
    <message>
        <source>Plan a &amp;trip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected touch-point&apos;s one-page brief as PDF and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a touch-point first, then print its brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <source>Plan a trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lyon, France — or an account&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Near:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Radius:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save trip &amp;pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a city (or an account) to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up to 31 days, the last not before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{km} km in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min, {km} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) proposed from {base}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %Ln visit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save trip pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TripMap</name>
    <message>
        <source>Map of the day&apos;s stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {base}: {stops}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a trip to see its map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Moved on your calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on your calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <source>touch-points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buying timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected deal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated annual wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buying role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completion time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {name} was kept: it now has {things}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact {name} was kept: it now has {things}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touch-point on {day} with {account} was kept: it now has {things}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touch-point {name} was kept: it now has {things}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touch-point on {day} with {account} was kept: it was edited after the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touch-point {name} was kept: it was edited after the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {name}: {field} was changed after the import; that value was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact {name}: {field} was changed after the import; that value was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job: {field} was changed after the import; that value was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touch-point on {day} with {account}: {field} was changed after the import; that value was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touch-point {name}: {field} was changed after the import; that value was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import of {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln touch-point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import undone: removed {touchpoints}, {contacts} and {accounts}, put back {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import undone: removed {contacts} and {accounts}, put back {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept because of later changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of {file} on {when}? It removes what the import added and puts back the fields it filled, except where you changed them since. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing an import removes the records it added, unless they have history since (a logged touch keeps a contact), and puts back the fields it filled, unless you edited them since. It cannot itself be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of {file} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoStatus</name>
    <message>
        <source>Undone: {action}  (Ctrl+Shift+Z to redo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {action}  (Ctrl+Z to undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {action}  (Ctrl+Z to undo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} in {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} with {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+  Plan touch-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a card onto a day to reschedule it, or right-click to mark it done or skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a touch-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue touch-points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned touch-points whose day has passed. Enter opens one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards of one day. Up and Down move within the day, Left and Right to the next day with cards, Enter opens the card, Delete deletes it (Ctrl+Z undoes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a day to show its week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compact week (cards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the week as card columns instead of a time grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the week&apos;s touch-points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan touch-point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel touch-point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen (planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to {day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} ({shortcuts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekWording</name>
    <message numerus="yes">
        <source>Week {week}  ·  %Ln touch-point(s)  ·  {planned} planned  ·  {done} done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠  Overdue · %Ln planned touch-point(s) past their day</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeBanner</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Nurture Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan is empty. Look around in the demo plan first — it is kept apart from yours — or bring in your contacts and accounts from a LinkedIn export, a CSV file or vCards. Or start from scratch: add your first account under Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import contacts or accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from scratch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowUndo</name>
    <message>
        <source>An import is being undone; open the other file once that is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing: {action}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingWeekTab</name>
    <message>
        <source>{day} starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails and content in a daily slot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the system language ({country})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Vacation, Trade fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lengths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off (nothing is planned on these days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
