<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BackupActions</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/protection/backups.py" line="+91"/>
        <source>Retention rules: %n old entry(ies) moved to the trash.</source>
        <translation>
            <numerusform>Retention rules: %n old entry moved to the trash.</numerusform>
            <numerusform>Retention rules: %n old entries moved to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Retention rules: %n record(s) erased from the trash.</source>
        <translation>
            <numerusform>Retention rules: %n record erased from the trash.</numerusform>
            <numerusform>Retention rules: %n records erased from the trash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CelebrationView</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/experiments/celebration_view.py" line="+239"/>
        <source>%n experiment(s) concluded in this period.</source>
        <translation>
            <numerusform>%n experiment concluded in this period.</numerusform>
            <numerusform>%n experiments concluded in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them did not confirm the hypothesis: that is learning too.</source>
        <translation>
            <numerusform>%n of them did not confirm the hypothesis: that is learning too.</numerusform>
            <numerusform>%n of them did not confirm the hypothesis: that is learning too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesTab</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/coaching/changes_tab.py" line="+91"/>
        <source>{day} · %n entry(ies)</source>
        <translation>
            <numerusform>{day} · %n entry</numerusform>
            <numerusform>{day} · %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoacheePage</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/coaching/coachee_page.py" line="+151"/>
        <source>Coachee erased: %n export(s) gone.</source>
        <translation>
            <numerusform>Coachee erased: %n export gone.</numerusform>
            <numerusform>Coachee erased: %n exports gone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachingSharedWords</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/coaching/sharing_part.py" line="+19"/>
        <source>A coachee erased, %n export(s) with them</source>
        <translation>
            <numerusform>A coachee erased, %n export with them</numerusform>
            <numerusform>A coachee erased, %n exports with them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Feedback for {name}, %n comment(s)</source>
        <translation>
            <numerusform>Feedback for {name}, %n comment</numerusform>
            <numerusform>Feedback for {name}, %n comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachingSummary</name>
    <message numerus="yes">
        <location filename="../../coachapp/cli_coaching.py" line="+150"/>
        <source>{file} filed under {name} (%n export(s) in their timeline).</source>
        <translation>
            <numerusform>{file} filed under {name} (%n export in their timeline).</numerusform>
            <numerusform>{file} filed under {name} (%n exports in their timeline).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n export(s)</source>
        <translation>
            <numerusform>%n export</numerusform>
            <numerusform>%n exports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachingWords</name>
    <message numerus="yes">
        <location filename="../../coachapp/words/coaching_words.py" line="+88"/>
        <source>%n comment(s) of a feedback file brought into the journal</source>
        <translation>
            <numerusform>%n comment of a feedback file brought into the journal</numerusform>
            <numerusform>%n comments of a feedback file brought into the journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>“{title}”: %n check-in(s)</source>
        <translation>
            <numerusform>“{title}”: %n check-in</numerusform>
            <numerusform>“{title}”: %n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>First export: everything in it is new (%n change(s)).</source>
        <translation>
            <numerusform>First export: everything in it is new (%n change).</numerusform>
            <numerusform>First export: everything in it is new (%n changes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) since the export before.</source>
        <translation>
            <numerusform>%n change since the export before.</numerusform>
            <numerusform>%n changes since the export before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>no export for %n day(s)</source>
        <translation>
            <numerusform>no export for %n day</numerusform>
            <numerusform>no export for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>no session for %n day(s)</source>
        <translation>
            <numerusform>no session for %n day</numerusform>
            <numerusform>no session for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pillar(s) of 8 written about</source>
        <translation>
            <numerusform>%n pillar of 8 written about</numerusform>
            <numerusform>%n pillars of 8 written about</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n feedback file(s) not brought in yet</source>
        <translation>
            <numerusform>%n feedback file not brought in yet</numerusform>
            <numerusform>%n feedback files not brought in yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegationPanel</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/delegations/delegation_panel.py" line="+189"/>
        <source>Check-in due since {date} (%n day(s) late).</source>
        <translation>
            <numerusform>Check-in due since {date} (%n day late).</numerusform>
            <numerusform>Check-in due since {date} (%n days late).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegationsView</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/delegations/delegations_view.py" line="+242"/>
        <source>{date} (%n day(s) late)</source>
        <translation>
            <numerusform>{date} (%n day late)</numerusform>
            <numerusform>{date} (%n days late)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoSummary</name>
    <message numerus="yes">
        <location filename="../../coachapp/cli.py" line="+294"/>
        <source>Demo journal written: %n entry(ies)</source>
        <translation>
            <numerusform>Demo journal written: %n entry</numerusform>
            <numerusform>Demo journal written: %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n ritual(s)</source>
        <translation>
            <numerusform>, %n ritual</numerusform>
            <numerusform>, %n rituals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n delegation(s)</source>
        <translation>
            <numerusform>, %n delegation</numerusform>
            <numerusform>, %n delegations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n skill(s) in plans</source>
        <translation>
            <numerusform>, %n skill in plans</numerusform>
            <numerusform>, %n skills in plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n experiment(s)</source>
        <translation>
            <numerusform>, %n experiment</numerusform>
            <numerusform>, %n experiments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n person(s).</source>
        <translation>
            <numerusform>, %n person.</numerusform>
            <numerusform>, %n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseCoacheeDialog</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/coaching/erase_dialog.py" line="+28"/>
        <source>Everything the portfolio holds on {name} goes for good: %n export(s), their sessions and your notes, the feedback being written, and the list of files written for them. The portfolio&apos;s backups, which hold them too, are replaced by one taken after. The sharing record keeps the day and how much went, never the name.</source>
        <translation>
            <numerusform>Everything the portfolio holds on {name} goes for good: %n export, their sessions and your notes, the feedback being written, and the list of files written for them. The portfolio&apos;s backups, which hold them too, are replaced by one taken after. The sharing record keeps the day and how much went, never the name.</numerusform>
            <numerusform>Everything the portfolio holds on {name} goes for good: %n exports, their sessions and your notes, the feedback being written, and the list of files written for them. The portfolio&apos;s backups, which hold them too, are replaced by one taken after. The sharing record keeps the day and how much went, never the name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Also delete these %n file(s) on this computer: the feedback files and sheets written for them, and the exports they sent</source>
        <translation>
            <numerusform>Also delete this file on this computer: the feedback files and sheets written for them, and the exports they sent</numerusform>
            <numerusform>Also delete these %n files on this computer: the feedback files and sheets written for them, and the exports they sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/people/erase_dialog.py" line="+130"/>
        <source>%n backup(s) of this journal, in {folder}, still hold {name}: they go as newer backups replace them, and you can delete them there. Files already exported are out of reach: File &gt; What I have shared… lists them.</source>
        <translation>
            <numerusform>%n backup of this journal, in {folder}, still holds {name}: it goes as newer backups replace it, and you can delete it there. Files already exported are out of reach: File &gt; What I have shared… lists them.</numerusform>
            <numerusform>%n backups of this journal, in {folder}, still hold {name}: they go as newer backups replace them, and you can delete them there. Files already exported are out of reach: File &gt; What I have shared… lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/exchange/actions.py" line="+182"/>
        <source>%n item(s) about {name} written to {file}.</source>
        <translation>
            <numerusform>%n item about {name} written to {file}.</numerusform>
            <numerusform>%n items about {name} written to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message numerus="yes">
        <location filename="../../coachapp/cli.py" line="-116"/>
        <source>%n ritual(s) written to {path}</source>
        <translation>
            <numerusform>%n ritual written to {path}</numerusform>
            <numerusform>%n rituals written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Journal written to {path} (%n entry(ies))</source>
        <translation>
            <numerusform>Journal written to {path} (%n entry)</numerusform>
            <numerusform>Journal written to {path} (%n entries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/onboarding/first_run.py" line="+169"/>
        <source>Add %n person(s) and go on</source>
        <translation>
            <numerusform>Add %n person and go on</numerusform>
            <numerusform>Add %n people and go on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <location filename="../../coachapp/words/import_summary.py" line="+11"/>
        <source>Imported: %n record(s) added</source>
        <translation>
            <numerusform>Imported: %n record added</numerusform>
            <numerusform>Imported: %n records added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n updated</numerusform>
            <numerusform>, %n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n unchanged</numerusform>
            <numerusform>, %n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n left as yours (yours is newer).</source>
        <translation>
            <numerusform>, %n left as yours (yours is newer).</numerusform>
            <numerusform>, %n left as yours (yours is newer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Coach feedback: %n new comment(s)</source>
        <translation>
            <numerusform>Coach feedback: %n new comment</numerusform>
            <numerusform>Coach feedback: %n new comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n changed by the coach</source>
        <translation>
            <numerusform>, %n changed by the coach</numerusform>
            <numerusform>, %n changed by the coach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n already here.</source>
        <translation>
            <numerusform>, %n already here.</numerusform>
            <numerusform>, %n already here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightWords</name>
    <message numerus="yes">
        <location filename="../../coachapp/render/charts.py" line="+314"/>
        <source>%Ln meeting(s) held; agents took part in {agents}, usagers in {usagers}.</source>
        <translation>
            <numerusform>%Ln meeting held; agents took part in {agents}, usagers in {usagers}.</numerusform>
            <numerusform>%Ln meetings held; agents took part in {agents}, usagers in {usagers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n active delegation(s);</source>
        <translation>
            <numerusform>%n active delegation;</numerusform>
            <numerusform>%n active delegations;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>A level lasts %n day(s) (median).</source>
        <translation>
            <numerusform>A level lasts %n day (median).</numerusform>
            <numerusform>A level lasts %n days (median).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n experiment(s) concluded.</source>
        <translation>
            <numerusform>%n experiment concluded.</numerusform>
            <numerusform>%n experiments concluded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n did not confirm its hypothesis: learning all the same.</source>
        <translation>
            <numerusform>%n did not confirm its hypothesis: learning all the same.</numerusform>
            <numerusform>%n did not confirm their hypothesis: learning all the same.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n day(s) from start to learning (median).</source>
        <translation>
            <numerusform>%n day from start to learning (median).</numerusform>
            <numerusform>%n days from start to learning (median).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln entry(ies) in the period;</source>
        <translation>
            <numerusform>%Ln entry in the period;</numerusform>
            <numerusform>%Ln entries in the period;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n week(s) in a row with an entry.</source>
        <translation>
            <numerusform>%n week in a row with an entry.</numerusform>
            <numerusform>%n weeks in a row with an entry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Recorded in %n week(s) of the period.</source>
        <translation>
            <numerusform>Recorded in %n week of the period.</numerusform>
            <numerusform>Recorded in %n weeks of the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n action(s) due,</source>
        <translation>
            <numerusform>%n action due,</numerusform>
            <numerusform>%n actions due,</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalGuard</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/protection/journal_guard.py" line="+127"/>
        <source>Backups left &amp;readable (%n)…</source>
        <translation>
            <numerusform>Backup left &amp;readable (%n)…</numerusform>
            <numerusform>Backups left &amp;readable (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>Your journal is protected, but %n backup(s) could not be encrypted: anyone who can read your files can read them.</source>
        <translation>
            <numerusform>Your journal is protected, but %n backup could not be encrypted: anyone who can read your files can read it.</numerusform>
            <numerusform>Your journal is protected, but %n backups could not be encrypted: anyone who can read your files can read them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The passphrase was changed, but the key file of %n backup(s) could not be updated: they may still open with the previous passphrase, or not at all.</source>
        <translation>
            <numerusform>The passphrase was changed, but the key file of %n backup could not be updated: it may still open with the previous passphrase, or not at all.</numerusform>
            <numerusform>The passphrase was changed, but the key files of %n backups could not be updated: they may still open with the previous passphrase, or not at all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n backup(s) deleted.</source>
        <translation>
            <numerusform>%n backup deleted.</numerusform>
            <numerusform>%n backups deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>The journal locks in %n second(s) without activity: move the mouse or press a key to keep working.</source>
        <translation>
            <numerusform>The journal locks in %n second without activity: move the mouse or press a key to keep working.</numerusform>
            <numerusform>The journal locks in %n seconds without activity: move the mouse or press a key to keep working.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/journal/journal_view.py" line="+168"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/shell/main_window.py" line="+478"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MethodsBrowser</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/rituals/methods_browser.py" line="+227"/>
        <source>%n method(s)</source>
        <translation>
            <numerusform>%n method</numerusform>
            <numerusform>%n methods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/onboarding/onboarding.py" line="+155"/>
        <source>%n person(s) added to People.</source>
        <translation>
            <numerusform>%n person added to People.</numerusform>
            <numerusform>%n people added to People.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonActivity</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/people/person_activity.py" line="+69"/>
        <source>&lt;b&gt;Journal entries about them&lt;/b&gt; (%n)</source>
        <translation>
            <numerusform>&lt;b&gt;Journal entries about them&lt;/b&gt; (%n)</numerusform>
            <numerusform>&lt;b&gt;Journal entries about them&lt;/b&gt; (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Meetings they took part in&lt;/b&gt; (%n)</source>
        <translation>
            <numerusform>&lt;b&gt;Meetings they took part in&lt;/b&gt; (%n)</numerusform>
            <numerusform>&lt;b&gt;Meetings they took part in&lt;/b&gt; (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;Experiments they lead or take part in&lt;/b&gt; (%n)</source>
        <translation>
            <numerusform>&lt;b&gt;Experiments they lead or take part in&lt;/b&gt; (%n)</numerusform>
            <numerusform>&lt;b&gt;Experiments they lead or take part in&lt;/b&gt; (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/people/person_editor.py" line="+277"/>
        <source>%n active delegation(s)</source>
        <translation>
            <numerusform>%n active delegation</numerusform>
            <numerusform>%n active delegations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n skill(s) in their plan</source>
        <translation>
            <numerusform>%n skill in their plan</numerusform>
            <numerusform>%n skills in their plan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonGrowth</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/people/person_growth.py" line="+161"/>
        <source>{done} of %n action(s) done</source>
        <translation>
            <numerusform>{done} of %n action done</numerusform>
            <numerusform>{done} of %n actions done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message numerus="yes">
        <location filename="../../coachapp/i18n.py" line="+153"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/settings/preferences.py" line="+283"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> hour</numerusform>
            <numerusform> hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> backup(s)</source>
        <translation>
            <numerusform> backup</numerusform>
            <numerusform> backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> idle minute(s)</source>
        <translation>
            <numerusform> idle minute</numerusform>
            <numerusform> idle minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewWords</name>
    <message numerus="yes">
        <location filename="../../coachapp/words/exports.py" line="+32"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln journal entry(ies)</source>
        <translation>
            <numerusform>%Ln journal entry</numerusform>
            <numerusform>%Ln journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln ritual(s)</source>
        <translation>
            <numerusform>%Ln ritual</numerusform>
            <numerusform>%Ln rituals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln delegation(s)</source>
        <translation>
            <numerusform>%Ln delegation</numerusform>
            <numerusform>%Ln delegations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln skill plan(s)</source>
        <translation>
            <numerusform>%Ln skill plan</numerusform>
            <numerusform>%Ln skill plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln experiment(s)</source>
        <translation>
            <numerusform>%Ln experiment</numerusform>
            <numerusform>%Ln experiments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln method(s) of my own</source>
        <translation>
            <numerusform>%Ln method of my own</numerusform>
            <numerusform>%Ln methods of my own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln month(s) of self-assessment</source>
        <translation>
            <numerusform>%Ln month of self-assessment</numerusform>
            <numerusform>%Ln months of self-assessment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln prompt(s) acted on, snoozed or dismissed</source>
        <translation>
            <numerusform>%Ln prompt acted on, snoozed or dismissed</numerusform>
            <numerusform>%Ln prompts acted on, snoozed or dismissed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln comment(s) from a coach</source>
        <translation>
            <numerusform>%Ln comment from a coach</numerusform>
            <numerusform>%Ln comments from a coach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln private entry(ies) of the period stay here.</source>
        <translation>
            <numerusform>%Ln private entry of the period stays here.</numerusform>
            <numerusform>%Ln private entries of the period stay here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The names of %Ln person(s) are replaced by aliases, in every text.</source>
        <translation>
            <numerusform>The name of %Ln person is replaced by an alias, in every text.</numerusform>
            <numerusform>The names of %Ln people are replaced by aliases, in every text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Names appear as you wrote them (%Ln person(s) in your journal).</source>
        <translation>
            <numerusform>Names appear as you wrote them (%Ln person in your journal).</numerusform>
            <numerusform>Names appear as you wrote them (%Ln people in your journal).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported to {name} (%Ln entry(ies)).</source>
        <translation>
            <numerusform>Exported to {name} (%Ln entry).</numerusform>
            <numerusform>Exported to {name} (%Ln entries).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptsSummary</name>
    <message numerus="yes">
        <location filename="../../coachapp/cli.py" line="+301"/>
        <source>%n prompt(s) on {day}</source>
        <translation>
            <numerusform>%n prompt on {day}</numerusform>
            <numerusform>%n prompts on {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/exchange/review_panel.py" line="+236"/>
        <source>%Ln comment(s) written; kept as you type.</source>
        <translation>
            <numerusform>%Ln comment written; kept as you type.</numerusform>
            <numerusform>%Ln comments written; kept as you type.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RitualsView</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/rituals/rituals_view.py" line="+381"/>
        <source>%n meeting(s) held in this period.</source>
        <translation>
            <numerusform>%n meeting held in this period.</numerusform>
            <numerusform>%n meetings held in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n active person(s) took part in none of these meetings:</source>
        <translation>
            <numerusform>%n active person took part in none of these meetings:</numerusform>
            <numerusform>%n active people took part in none of these meetings:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfTestCounts</name>
    <message numerus="yes">
        <location filename="../../coachapp/selftest.py" line="+292"/>
        <source>%n page(s) from {folder}</source>
        <translation>
            <numerusform>%n page from {folder}</numerusform>
            <numerusform>%n pages from {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n backup(s) in clear beside the protected journal, readable by anyone who can read the folder: {names}. In CoachApp: File &gt; Protection &gt; Backups left readable.</source>
        <translation>
            <numerusform>%n backup in clear beside the protected journal, readable by anyone who can read the folder: {names}. In CoachApp: File &gt; Protection &gt; Backups left readable.</numerusform>
            <numerusform>%n backups in clear beside the protected journal, readable by anyone who can read the folder: {names}. In CoachApp: File &gt; Protection &gt; Backups left readable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfTestSummary</name>
    <message numerus="yes">
        <location line="-9"/>
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n check failed.</numerusform>
            <numerusform>%n checks failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedWords</name>
    <message numerus="yes">
        <location filename="../../coachapp/words/sharing.py" line="+71"/>
        <source>Export {form}, %Ln entry(ies)</source>
        <translation>
            <numerusform>Export {form}, %Ln entry</numerusform>
            <numerusform>Export {form}, %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Coach feedback, %Ln comment(s) new or changed</source>
        <translation>
            <numerusform>Coach feedback, %Ln comment new or changed</numerusform>
            <numerusform>Coach feedback, %Ln comments new or changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetWords</name>
    <message numerus="yes">
        <location filename="../../coachapp/words/coaching_words.py" line="+45"/>
        <source>…and %n more change(s), in the coachee&apos;s digest.</source>
        <translation>
            <numerusform>…and %n more change, in the coachee&apos;s digest.</numerusform>
            <numerusform>…and %n more changes, in the coachee&apos;s digest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/onboarding/team_editor.py" line="+141"/>
        <source>Add %n person(s)</source>
        <translation>
            <numerusform>Add %n person</numerusform>
            <numerusform>Add %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message numerus="yes">
        <location line="-41"/>
        <source>%n person(s) will be added.</source>
        <translation>
            <numerusform>%n person will be added.</numerusform>
            <numerusform>%n people will be added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/today/today_view.py" line="+341"/>
        <source>Show %n more</source>
        <translation>
            <numerusform>Show %n more</numerusform>
            <numerusform>Show %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/trash/trash_view.py" line="+147"/>
        <source>%n item(s) restored.</source>
        <translation>
            <numerusform>%n item restored.</numerusform>
            <numerusform>%n items restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Delete %n item(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n item for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n items for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+13"/>
        <source>%n item(s) deleted for good.</source>
        <translation>
            <numerusform>%n item deleted for good.</numerusform>
            <numerusform>%n items deleted for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Delete all %n item(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n item in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete all %n items in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayReminders</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/shell/reminders.py" line="+99"/>
        <source>CoachApp: %n reminder(s)</source>
        <translation>
            <numerusform>CoachApp: %n reminder</numerusform>
            <numerusform>CoachApp: %n reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyReview</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/today/weekly_review.py" line="+76"/>
        <source>%n entry(ies) written</source>
        <translation>
            <numerusform>%n entry written</numerusform>
            <numerusform>%n entries written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n meeting(s) held</source>
        <translation>
            <numerusform>%n meeting held</numerusform>
            <numerusform>%n meetings held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n level change(s)</source>
        <translation>
            <numerusform>%n level change</numerusform>
            <numerusform>%n level changes</numerusform>
        </translation>
    </message>
</context>
</TS>
