<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AbandonDialog</name>
    <message>
        <location filename="../../coachapp/ui/experiments/learning_dialog.py" line="+162"/>
        <source>Abandon the experiment</source>
        <translation>Abandonner l’expérimentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why does “{title}” stop? The &amp;reason stays with the experiment.</source>
        <translation>Pourquoi arrêter «&#xa0;{title}&#xa0;»&#xa0;? La &amp;raison est conservée avec l’expérimentation.</translation>
    </message>
</context>
<context>
    <name>AddExportDialog</name>
    <message>
        <location filename="../../coachapp/ui/coaching/add_export_dialog.py" line="+41"/>
        <source>Add a coachee&apos;s export</source>
        <translation>Ajouter l’export d’un coaché</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a new coachee&apos;s name, or one of the list</source>
        <translation>le nom d’un nouveau coaché, ou l’un de ceux de la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coachee:</source>
        <translation>&amp;Coaché&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It continues the timeline of {name}: it goes with their other exports.</source>
        <translation>Il prolonge la chronologie de {name}&#xa0;: il rejoint ses autres exports.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coachee</source>
        <translation>Coaché</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add to the portfolio</source>
        <translation>&amp;Ajouter au portefeuille</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entries from {first} to {last}</source>
        <translation>entrées du {first} au {last}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no entries</source>
        <translation>aucune entrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names replaced by aliases</source>
        <translation>noms remplacés par des alias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>names as written</source>
        <translation>noms tels qu’écrits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: a journal export made on {day}, {period}, {names}.</source>
        <translation>{file}&#xa0;: un export de journal fait le {day}, {period}, {names}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The portfolio does not know the journal it comes from yet.</source>
        <translation>Le portefeuille ne connaît pas encore le journal dont il vient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It does not say which journal it comes from (an older CoachApp made it).</source>
        <translation>Il ne dit pas de quel journal il vient (une version antérieure de CoachApp l’a fait).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which coachee sent it? Each coachee&apos;s exports are kept apart from the others&apos; and from your own journal; their next exports will be recognised.</source>
        <translation>Quel coaché l’a envoyé&#xa0;? Les exports de chaque coaché sont conservés à part de ceux des autres et de votre propre journal&#xa0;; ses prochains exports seront reconnus.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>File it under {name}?</source>
        <translation>Le classer avec {name}&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is already in the portfolio, and this export is not recognised as coming from their journal. File it with their exports only if it is the same manager&apos;s (for example after CoachApp was installed again); otherwise give another name.</source>
        <translation>{name} est déjà dans le portefeuille, et cet export n’est pas reconnu comme venant de son journal. Classez-le avec ses exports seulement s’il vient du même manager (par exemple après une réinstallation de CoachApp)&#xa0;; sinon, donnez un autre nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File it under {name}</source>
        <translation>Le classer avec {name}</translation>
    </message>
</context>
<context>
    <name>AliasesDialog</name>
    <message>
        <location filename="../../coachapp/ui/exchange/sharing_dialog.py" line="+150"/>
        <source>Aliases in {file}</source>
        <translation>Alias dans {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key to this export: it stays in your journal and never left with the file.</source>
        <translation>La clé de cet export&#xa0;: elle reste dans votre journal et n’est jamais partie avec le fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This journal holds no key for this export.</source>
        <translation>Ce journal ne contient aucune clé pour cet export.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aliases and the names they stand for</source>
        <translation>Les alias et les noms qu’ils désignent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../coachapp/ui/shell/opening.py" line="+28"/>
        <location line="+33"/>
        <source>CoachApp cannot open your journal</source>
        <translation>CoachApp ne peut pas ouvrir votre journal</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>There is no healthy backup to restore.</source>
        <translation>Aucune sauvegarde saine n’est disponible pour la restauration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem}

Restore the newest healthy backup? You will find your journal as it was on {moment}: what you wrote since may be missing. The damaged file is kept in the backup folder.</source>
        <translation>{problem}

Restaurer la sauvegarde saine la plus récente&#xa0;? Vous retrouverez votre journal tel qu’il était le {moment}&#xa0;: ce que vous avez écrit depuis peut manquer. Le fichier endommagé est conservé dans le dossier des sauvegardes.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../coachapp/services/protection/backup.py" line="+56"/>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} est un dossier&#xa0;; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write the backup {path}: {reason}</source>
        <translation>Impossible d’écrire la sauvegarde {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>This file is the journal in use.</source>
        <translation>Ce fichier est le journal en cours d’utilisation.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/protection/backups.py" line="+91"/>
        <source>Retention rules: %n old entry(ies) moved to the trash.</source>
        <translation>
            <numerusform>Règles de conservation&#xa0;: %n entrée ancienne mise à la corbeille.</numerusform>
            <numerusform>Règles de conservation&#xa0;: %n entrées anciennes mises à la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Retention rules: %n record(s) erased from the trash.</source>
        <translation>
            <numerusform>Règles de conservation&#xa0;: %n élément effacé de la corbeille.</numerusform>
            <numerusform>Règles de conservation&#xa0;: %n éléments effacés de la corbeille.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Backup written: {name}</source>
        <translation>Sauvegarde enregistrée&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected error, see the log file</source>
        <translation>erreur inattendue, voir le journal technique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup failed: {reason}</source>
        <translation>Échec de la sauvegarde&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+16"/>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Replace your journal with the backup {name}? Your current journal is kept as a backup first.</source>
        <translation>Remplacer votre journal par la sauvegarde {name}&#xa0;? Votre journal actuel sera d’abord conservé sous forme de sauvegarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+39"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Journal restored from {name}.</source>
        <translation>Journal restauré à partir de {name}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>Journal damaged</source>
        <translation>Journal endommagé</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>CoachApp found damage in your journal ({details}) and has no healthy backup to restore. Copy the data folder somewhere safe before going on.</source>
        <translation>CoachApp a détecté des dommages dans votre journal ({details}) et ne dispose d’aucune sauvegarde saine à restaurer. Copiez le dossier de données en lieu sûr avant de continuer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CoachApp found damage in your journal ({details}). Restore the newest healthy backup, taken {date}? The damaged journal is kept aside.</source>
        <translation>CoachApp a détecté une anomalie dans votre journal ({details}). Restaurer la sauvegarde saine la plus récente, faite le {date}&#xa0;? Le journal endommagé sera conservé à part.</translation>
    </message>
</context>
<context>
    <name>BackupsLeftBox</name>
    <message>
        <location filename="../../coachapp/ui/protection/protection_dialogs.py" line="+321"/>
        <source>Backups left out</source>
        <translation>Sauvegardes laissées de côté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In {folder}:</source>
        <translation>Dans {folder}&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again (after freeing disk space, for example), or delete them: your journal itself is not affected. Deleted backups cannot be restored.</source>
        <translation>Réessayez (après avoir libéré de l’espace disque, par exemple), ou supprimez-les&#xa0;: votre journal lui-même n’est pas touché. Une sauvegarde supprimée ne peut plus être restaurée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete them</source>
        <translation>Les supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them for now</source>
        <translation>Les garder pour l’instant</translation>
    </message>
</context>
<context>
    <name>BoardAccess</name>
    <message>
        <location filename="../../coachapp/ui/common/board_access.py" line="+109"/>
        <source>Row {row}, column {column}</source>
        <translation>Ligne {row}, colonne {column}</translation>
    </message>
</context>
<context>
    <name>CelebrationView</name>
    <message>
        <location filename="../../coachapp/ui/experiments/celebration_view.py" line="+213"/>
        <source>Day</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Celebration grid</source>
        <translation>Grille de célébration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the chosen cell holds</source>
        <translation>Contenu de la case choisie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No experiment concluded in this period.</source>
        <translation>Aucune expérimentation conclue sur cette période.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n experiment(s) concluded in this period.</source>
        <translation>
            <numerusform>%n expérimentation conclue sur cette période.</numerusform>
            <numerusform>%n expérimentations conclues sur cette période.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them did not confirm the hypothesis: that is learning too.</source>
        <translation>
            <numerusform>%n n’a pas confirmé l’hypothèse&#xa0;: c’est aussi un apprentissage.</numerusform>
            <numerusform>%n n’ont pas confirmé l’hypothèse&#xa0;: c’est aussi un apprentissage.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;{behaviour} · {result}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{behaviour} · {result}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{behaviour} · {result}: {count}. {meaning}. Arrow keys choose a cell.</source>
        <translation>{behaviour} · {result}&#xa0;: {count}. {meaning}. Les flèches choisissent une case.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../coachapp/ui/protection/protection_dialogs.py" line="-160"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The journal keeps its encryption; only the passphrase that opens it changes. Your recovery key still works.</source>
        <translation>Le journal reste chiffré&#xa0;; seule la phrase de passe qui l’ouvre change. Votre clé de secours reste valable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current passphrase:</source>
        <translation>Phrase de passe actuelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it again:</source>
        <translation>Tapez-la à nouveau&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ChangesTab</name>
    <message>
        <location filename="../../coachapp/ui/coaching/changes_tab.py" line="+77"/>
        <source>&amp;Exports received, the latest first:</source>
        <translation>&amp;Exports reçus, du plus récent au plus ancien&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports received</source>
        <translation>Exports reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>{day} · %n entry(ies)</source>
        <translation>
            <numerusform>{day} · %n entrée</numerusform>
            <numerusform>{day} · %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Names replaced by aliases</source>
        <translation>Noms remplacés par des alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names as written</source>
        <translation>Noms tels qu’écrits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No export yet.</source>
        <translation>Aucun export pour l’instant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;What changed up to the export of {day}:</source>
        <translation>&amp;Ce qui a changé jusqu’à l’export du {day}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../coachapp/ui/delegations/checkin_dialog.py" line="+94"/>
        <source>Check-in</source>
        <translation>Point d’étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{area}&lt;/b&gt; — {delegate}</source>
        <translation>&lt;b&gt;{area}&lt;/b&gt; — {delegate}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Day</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;How it went</source>
        <translation>&amp;Bilan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Level from now on</source>
        <translation>&amp;Niveau désormais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What they decided, what helped, what to adjust next time</source>
        <translation>Ce qui a été décidé, ce qui a aidé, ce qu’il faudra ajuster la prochaine fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also keep it in the journal (a linked entry)</source>
        <translation>La garder aussi dans le journal (une entrée liée)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This check-in comes before the last one ({date}): it joins the list, and the level and the next check-in stay as they are.</source>
        <translation>Ce point d’étape est antérieur au dernier ({date})&#xa0;: il s’ajoute à la liste, mais le niveau et le prochain point d’étape restent inchangés.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{meaning} Next check-in: {date}.</source>
        <translation>{meaning} Prochain point d’étape&#xa0;: {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change goes into the history with your note.</source>
        <translation>Le changement est inscrit dans l’historique avec votre note.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check-in: {area} — {delegate}</source>
        <translation>Point d’étape&#xa0;: {area} — {delegate}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../coachapp/cli.py" line="+57"/>
        <location filename="../../coachapp/cli_coaching.py" line="+64"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../coachapp/cli_coaching.py" line="+1"/>
        <source>folder holding the journal, its backups, settings and logs</source>
        <translation>dossier contenant le journal, ses sauvegardes, les réglages et le journal technique</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../coachapp/cli_coaching.py" line="+3"/>
        <source>language of the interface</source>
        <translation>langue de l’interface</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CoachApp: a companion for managers practising a new management model.</source>
        <translation>CoachApp&#xa0;: un compagnon pour les managers qui pratiquent un nouveau modèle de management.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>print the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../coachapp/cli_coaching.py" line="-31"/>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the installation without opening a window</source>
        <translation>vérifier l’installation sans ouvrir de fenêtre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fill the journal with realistic demo data</source>
        <translation>remplir le journal avec des données de démonstration réalistes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>replace existing data (backed up first)</source>
        <translation>remplacer les données existantes (sauvegardées au préalable)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same seed gives the same data</source>
        <translation>une même graine donne les mêmes données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write a backup of the journal</source>
        <translation>écrire une sauvegarde du journal</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <location line="+10"/>
        <location line="+17"/>
        <location filename="../../coachapp/cli_coaching.py" line="+6"/>
        <location line="+15"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>where to write it (default: the backup folder)</source>
        <translation>où l’écrire (par défaut&#xa0;: le dossier des sauvegardes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>replace the journal with a backup</source>
        <translation>remplacer le journal par une sauvegarde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write the journal (json, md, html, pdf) or the rituals (ics) to a file</source>
        <translation>écrire le journal (json, md, html, pdf) ou les rituels (ics) dans un fichier</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the export is of your own journal, though it comes from another one or is pseudonymised: merge it all the same</source>
        <translation>l’export est celui de votre propre journal, bien qu’il vienne d’un autre ou soit pseudonymisé&#xa0;: le fusionner quand même</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>print the prompts the management model gives on a day</source>
        <translation>afficher les suggestions du modèle de management pour un jour donné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the day (default: today)</source>
        <translation>le jour (par défaut&#xa0;: aujourd’hui)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../../coachapp/services/rituals/calendar.py" line="+31"/>
        <source>The last day comes before the first day.</source>
        <translation>Le dernier jour précède le premier.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{path} is pseudonymised (names replaced by aliases): it was not merged into your journal.</source>
        <translation>{path} est pseudonymisé (noms remplacés par des alias)&#xa0;: il n’a pas été fusionné dans votre journal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} comes from another journal than yours: it was not merged into your journal.</source>
        <translation>{path} vient d’un autre journal que le vôtre&#xa0;: il n’a pas été fusionné dans votre journal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{why} A coachee&apos;s export goes to your coaching portfolio: coachapp coaching add {path} --coachee NAME. If it is your own journal all the same: coachapp import {path} --mine</source>
        <translation>{why} L’export d’un coaché va dans votre portefeuille de coaching&#xa0;: coachapp coaching add {path} --coachee NOM. S’il s’agit tout de même de votre propre journal&#xa0;: coachapp import {path} --mine</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{text} is not a date like 2026-12-31</source>
        <translation>{text} n’est pas une date comme 2026-12-31</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Backup written to {path}</source>
        <translation>Sauvegarde écrite dans {path}</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+183"/>
        <source>Existing journal backed up to {path}</source>
        <translation>Journal existant sauvegardé dans {path}</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>first day (ics: today by default; otherwise: of the entries)</source>
        <translation>premier jour (ics&#xa0;: aujourd’hui par défaut&#xa0;; sinon&#xa0;: des entrées)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last day (ics: a year on by default; otherwise: of the entries)</source>
        <translation>dernier jour (ics&#xa0;: dans un an par défaut&#xa0;; sinon&#xa0;: des entrées)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>merge a journal export (by UUID) or a coach&apos;s feedback into this journal</source>
        <translation>fusionner un export de journal (par UUID) ou le retour d’un coach dans ce journal</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>replace every person&apos;s name by an alias (the key stays here)</source>
        <translation>remplacer le nom de chaque personne par un alias (la clé reste ici)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>which parts, separated by commas (default: all): {names}</source>
        <translation>quelles parties, séparées par des virgules (par défaut&#xa0;: toutes)&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>also the entries marked private (left out by default)</source>
        <translation>aussi les entrées marquées privées (laissées de côté par défaut)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The key to the aliases is kept in the journal: File &gt; What I have shared…</source>
        <translation>La clé des alias est gardée dans le journal&#xa0;: Fichier &gt; Historique des partages…</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>unknown parts: {names} (choose among {known})</source>
        <translation>parties inconnues&#xa0;: {names} (à choisir parmi {known})</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>The journal is protected: type its passphrase in a terminal, or set {variable}.</source>
        <translation>Le journal est protégé&#xa0;: tapez sa phrase de passe dans un terminal, ou définissez {variable}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase or recovery key: </source>
        <translation>Phrase de passe ou clé de secours&#xa0;: </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prompt pack problem: {problem}</source>
        <translation>Problème dans un pack de suggestions&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Question of the day:</source>
        <translation>Question du jour&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The previous journal was kept as {path}</source>
        <translation>L’ancien journal a été conservé sous {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal restored from {path}</source>
        <translation>Journal restauré à partir de {path}</translation>
    </message>
    <message>
        <location filename="../../coachapp/cli_coaching.py" line="-25"/>
        <source>a coach&apos;s portfolio: coachees followed from exports</source>
        <translation>le portefeuille d’un coach&#xa0;: les coachés suivis à partir de leurs exports</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>file a coachee&apos;s journal export in the portfolio</source>
        <translation>classer l’export de journal d’un coaché dans le portefeuille</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the coachee&apos;s name (needed for a journal not in the portfolio)</source>
        <translation>le nom du coaché (nécessaire pour un journal absent du portefeuille)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>coachees, their exports and last activity</source>
        <translation>les coachés, leurs exports et leur dernière activité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write the preparation sheet of the next session</source>
        <translation>écrire la fiche de préparation de la prochaine séance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>where to write it: .html or .pdf</source>
        <translation>où l’écrire&#xa0;: .html ou .pdf</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Give the sheet a name ending in .html or .pdf: {path}</source>
        <translation>Donnez à la fiche un nom qui se termine par .html ou .pdf&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No coachee called {name} in the portfolio (see: coachapp coaching list).</source>
        <translation>Aucun coaché nommé {name} dans le portefeuille (voir&#xa0;: coachapp coaching list).</translation>
    </message>
</context>
<context>
    <name>CoachNotes</name>
    <message>
        <location filename="../../coachapp/ui/common/coach_notes.py" line="+57"/>
        <source>From your coach</source>
        <translation>De votre coach</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>{author}, {day}</source>
        <translation>{author}, {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your coach</source>
        <translation>votre coach</translation>
    </message>
</context>
<context>
    <name>CoacheePage</name>
    <message>
        <location filename="../../coachapp/ui/coaching/coachee_page.py" line="+89"/>
        <source>All coachees</source>
        <translation>Tous les coachés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the portfolio (Alt+Left)</source>
        <translation>Retour au portefeuille (Alt+Gauche)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;dd an export…</source>
        <translation>Ajouter un e&amp;xport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this coachee…</source>
        <translation>Effacer ce coaché…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What &amp;changed</source>
        <translation>Ce qui a &amp;changé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review and &amp;feedback</source>
        <translation>Relecture et &amp;retours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions and &amp;notes</source>
        <translation>Séances et &amp;notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Prepare the next session</source>
        <translation>&amp;Préparer la prochaine séance</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Rename the coachee</source>
        <translation>Renommer le coaché</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot rename</source>
        <translation>Impossible de renommer</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Coachee erased: %n export(s) gone.</source>
        <translation>
            <numerusform>Coaché effacé&#xa0;: %n export supprimé.</numerusform>
            <numerusform>Coaché effacé&#xa0;: %n exports supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some files could not be deleted: {paths}</source>
        <translation>Certains fichiers n’ont pas pu être supprimés&#xa0;: {paths}</translation>
    </message>
</context>
<context>
    <name>Coaching</name>
    <message>
        <location filename="../../coachapp/services/coaching/sessions.py" line="+60"/>
        <source>This session was deleted.</source>
        <translation>Cette séance a été supprimée.</translation>
    </message>
    <message>
        <location filename="../../coachapp/services/coaching/portfolio.py" line="+111"/>
        <source>{file} is in the portfolio already, under {name}.</source>
        <translation>{file} est déjà dans le portefeuille, sous {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is an export of your own journal, not a coachee&apos;s: it stays out of the portfolio.</source>
        <translation>{file} est un export de votre propre journal, pas celui d’un coaché&#xa0;: il reste hors du portefeuille.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} comes from the journal of {owner}: it cannot be filed under {name}.</source>
        <translation>{file} vient du journal de {owner}&#xa0;: il ne peut pas être classé sous {name}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+133"/>
        <source>Give the coachee&apos;s name.</source>
        <translation>Indiquez le nom du coaché.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>This coachee is not in the portfolio any more.</source>
        <translation>Ce coaché n’est plus dans le portefeuille.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another coachee is called {name} already.</source>
        <translation>Un autre coaché s’appelle déjà {name}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This export is not in the portfolio any more.</source>
        <translation>Cet export n’est plus dans le portefeuille.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A coachee&apos;s name has at most {count} characters.</source>
        <translation>Le nom d’un coaché compte au plus {count} caractères.</translation>
    </message>
</context>
<context>
    <name>CoachingArea</name>
    <message>
        <location filename="../../coachapp/ui/coaching/coaching_area.py" line="+122"/>
        <source>Add a coachee&apos;s export</source>
        <translation>Ajouter l’export d’un coaché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CoachApp journal exports (*.json);;All files (*)</source>
        <translation>Exports de journal CoachApp (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+3"/>
        <source>Cannot add the export</source>
        <translation>Impossible d’ajouter l’export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected error; the log file says more.</source>
        <translation>Erreur inattendue&#xa0;; le journal technique en dit plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export filed under {name}.</source>
        <translation>Export classé sous {name}.</translation>
    </message>
</context>
<context>
    <name>CoachingSharedWords</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/coaching/sharing_part.py" line="+19"/>
        <source>A coachee erased, %n export(s) with them</source>
        <translation>
            <numerusform>Un coaché effacé, avec %n export</numerusform>
            <numerusform>Un coaché effacé, avec %n exports</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparation sheet for {name}</source>
        <translation>Fiche de préparation pour {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Feedback for {name}, %n comment(s)</source>
        <translation>
            <numerusform>Retour pour {name}, %n commentaire</numerusform>
            <numerusform>Retour pour {name}, %n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Held in your coaching portfolio: what your coachees sent you. Erase a coachee in Coaching to remove all of it, with the files written for them.</source>
        <translation>Conservé dans votre portefeuille de coaching&#xa0;: ce que vos coachés vous ont envoyé. Effacez un coaché dans Coaching pour tout retirer, avec les fichiers écrits pour lui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coachee</source>
        <translation>Coaché</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earliest export</source>
        <translation>Premier export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest export</source>
        <translation>Dernier export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files written for them</source>
        <translation>Fichiers écrits pour lui</translation>
    </message>
</context>
<context>
    <name>CoachingSummary</name>
    <message numerus="yes">
        <location filename="../../coachapp/cli_coaching.py" line="+22"/>
        <source>{file} filed under {name} (%n export(s) in their timeline).</source>
        <translation>
            <numerusform>{file} classé sous {name} (%n export dans sa chronologie).</numerusform>
            <numerusform>{file} classé sous {name} (%n exports dans sa chronologie).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No coachee in the portfolio yet: coachapp coaching add FILE --coachee NAME</source>
        <translation>Aucun coaché dans le portefeuille pour l’instant&#xa0;: coachapp coaching add FICHIER --coachee NOM</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n export(s)</source>
        <translation>
            <numerusform>%n export</numerusform>
            <numerusform>%n exports</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last export {when}</source>
        <translation>dernier export {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last session {day}</source>
        <translation>dernière séance le {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no session yet</source>
        <translation>pas encore de séance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparation sheet for {name} written to {path}</source>
        <translation>Fiche de préparation pour {name} écrite dans {path}</translation>
    </message>
</context>
<context>
    <name>CoachingWords</name>
    <message>
        <location filename="../../coachapp/words/coaching_words.py" line="+64"/>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-construction rituals</source>
        <translation>Rituels de co-construction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiments</source>
        <translation>Expérimentations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill plans</source>
        <translation>Plans de compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-assessment</source>
        <translation>Autoévaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your feedback</source>
        <translation>Votre retour</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n comment(s) of a feedback file brought into the journal</source>
        <translation>
            <numerusform>%n commentaire d’un fichier de retour importé dans le journal</numerusform>
            <numerusform>%n commentaires d’un fichier de retour importés dans le journal</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New: “{title}” ({day})</source>
        <translation>Nouvelle&#xa0;: «&#xa0;{title}&#xa0;» ({day})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rewritten: “{title}” ({day})</source>
        <translation>Réécrite&#xa0;: «&#xa0;{title}&#xa0;» ({day})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to the trash: “{title}” ({day})</source>
        <translation>Mise à la corbeille&#xa0;: «&#xa0;{title}&#xa0;» ({day})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back from the trash: “{title}” ({day})</source>
        <translation>Restaurée de la corbeille&#xa0;: «&#xa0;{title}&#xa0;» ({day})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{title}” held on {day}, with: {groups}</source>
        <translation>«&#xa0;{title}&#xa0;» tenu le {day}, avec&#xa0;: {groups}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” held on {day}</source>
        <translation>«&#xa0;{title}&#xa0;» tenu le {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New ritual: “{title}”</source>
        <translation>Nouveau rituel&#xa0;: «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ritual changed: “{title}”</source>
        <translation>Rituel modifié&#xa0;: «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ritual moved to the trash: “{title}”</source>
        <translation>Rituel mis à la corbeille&#xa0;: «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ritual back from the trash: “{title}”</source>
        <translation>Rituel restauré de la corbeille&#xa0;: «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New delegation: “{title}”, level {level} aiming at {target}</source>
        <translation>Nouvelle délégation&#xa0;: «&#xa0;{title}&#xa0;», niveau {level} avec pour cible {target}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegation back from the trash: “{title}”, level {level}</source>
        <translation>Délégation restaurée de la corbeille&#xa0;: «&#xa0;{title}&#xa0;», niveau {level}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{title}”: level raised from {before} to {after}</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: niveau relevé de {before} à {after}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}”: level lowered from {before} to {after}</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: niveau abaissé de {before} à {after}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}”: now aiming at level {after} (was {before})</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: vise désormais le niveau {after} (au lieu de {before})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{title}”: now {status}</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: désormais {status}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>“{title}”: %n check-in(s)</source>
        <translation>
            <numerusform>«&#xa0;{title}&#xa0;»&#xa0;: %n point d’étape</numerusform>
            <numerusform>«&#xa0;{title}&#xa0;»&#xa0;: %n points d’étape</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegation changed: “{title}”</source>
        <translation>Délégation modifiée&#xa0;: «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation moved to the trash: “{title}”</source>
        <translation>Délégation mise à la corbeille&#xa0;: «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Concluded: “{title}” ({outcome}). Learned: {learned}</source>
        <translation>Conclue&#xa0;: «&#xa0;{title}&#xa0;» ({outcome}). Appris&#xa0;: {learned}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started: “{title}”</source>
        <translation>Lancée&#xa0;: «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New experiment: “{title}” ({status})</source>
        <translation>Nouvelle expérimentation&#xa0;: «&#xa0;{title}&#xa0;» ({status})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}”: {before} → {after}</source>
        <translation>«&#xa0;{title}&#xa0;»&#xa0;: {before} → {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Experiment changed: “{title}”</source>
        <translation>Expérimentation modifiée&#xa0;: «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiment moved to the trash: “{title}”</source>
        <translation>Expérimentation mise à la corbeille&#xa0;: «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiment back from the trash: “{title}”</source>
        <translation>Expérimentation restaurée de la corbeille&#xa0;: «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skill “{title}”: level {before} → {after}</source>
        <translation>Compétence «&#xa0;{title}&#xa0;»&#xa0;: niveau {before} → {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New skill in a plan: “{title}”</source>
        <translation>Nouvelle compétence dans un plan&#xa0;: «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill plan changed: “{title}”</source>
        <translation>Plan de compétences modifié&#xa0;: «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill plan moved to the trash: “{title}”</source>
        <translation>Plan de compétences mis à la corbeille&#xa0;: «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill plan back from the trash: “{title}”</source>
        <translation>Plan de compétences restauré de la corbeille&#xa0;: «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{dimension}: rated {after} of 5</source>
        <translation>{dimension}&#xa0;: noté {after} sur 5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dimension}: up from {before} to {after} of 5</source>
        <translation>{dimension}&#xa0;: en hausse de {before} à {after} sur 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dimension}: down from {before} to {after} of 5</source>
        <translation>{dimension}&#xa0;: en baisse de {before} à {after} sur 5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No export yet.</source>
        <translation>Aucun export pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>First export: everything in it is new (%n change(s)).</source>
        <translation>
            <numerusform>Premier export&#xa0;: tout y est nouveau (%n changement).</numerusform>
            <numerusform>Premier export&#xa0;: tout y est nouveau (%n changements).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) since the export before.</source>
        <translation>
            <numerusform>%n changement depuis l’export précédent.</numerusform>
            <numerusform>%n changements depuis l’export précédent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no export yet</source>
        <translation>aucun export pour l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>no export for %n day(s)</source>
        <translation>
            <numerusform>aucun export depuis %n jour</numerusform>
            <numerusform>aucun export depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>self-assessment down ({points})</source>
        <translation>autoévaluation en baisse ({points})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>writes little ({count} entries a week)</source>
        <translation>écrit peu ({count} entrées par semaine)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no session planned</source>
        <translation>aucune séance prévue</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>no session for %n day(s)</source>
        <translation>
            <numerusform>aucune séance depuis %n jour</numerusform>
            <numerusform>aucune séance depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pillar(s) of 8 written about</source>
        <translation>
            <numerusform>%n pilier sur 8 abordé</numerusform>
            <numerusform>%n piliers sur 8 abordés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n feedback file(s) not brought in yet</source>
        <translation>
            <numerusform>%n fichier de retour pas encore importé</numerusform>
            <numerusform>%n fichiers de retour pas encore importés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up action</source>
        <translation>Action de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation check-in</source>
        <translation>Point d’étape de délégation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiment review</source>
        <translation>Bilan d’expérimentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill plan action</source>
        <translation>Action de plan de compétences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind}: {title}</source>
        <translation>{kind}&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due {day}</source>
        <translation>échéance le {day}</translation>
    </message>
</context>
<context>
    <name>CommitmentList</name>
    <message>
        <location filename="../../coachapp/ui/delegations/commitment_list.py" line="+47"/>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next check-in</source>
        <translation>Prochain point d’étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{date} (late)</source>
        <translation>{date} (en retard)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check-in overdue</source>
        <translation>Point d’étape en retard</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <location filename="../../coachapp/config.py" line="+121"/>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the folder {path}: {reason}</source>
        <translation>Impossible de créer le dossier {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder {path} is not writable: {reason}</source>
        <translation>Impossible d’écrire dans le dossier {path}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ConfirmPassphraseDialog</name>
    <message>
        <location filename="../../coachapp/ui/protection/protection_dialogs.py" line="+16"/>
        <source>Passphrase:</source>
        <translation>Phrase de passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ContextPage</name>
    <message>
        <location filename="../../coachapp/ui/onboarding/first_run_pages.py" line="+44"/>
        <location line="+203"/>
        <source>Rather not say</source>
        <translation>Je préfère ne pas le dire</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>A commune</source>
        <translation>Une commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An intercommunality (communauté, métropole…)</source>
        <translation>Une intercommunalité (communauté, métropole…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A département</source>
        <translation>Un département</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A région</source>
        <translation>Une région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another local public body (CCAS, management centre, syndicate…)</source>
        <translation>Un autre établissement public local (CCAS, centre de gestion, syndicat…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A State service</source>
        <translation>Un service de l’État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A hospital or social care body</source>
        <translation>Un établissement hospitalier ou médico-social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another organisation</source>
        <translation>Une autre organisation</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Your context</source>
        <translation>Votre contexte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional, and kept on this computer: it lets CoachApp speak of your service as it is. Change it at any time from Help &gt; Setup assistant.</source>
        <translation>Facultatif, et gardé sur cet ordinateur&#xa0;: CoachApp peut ainsi parler de votre service tel qu’il est. Vous pouvez le changer à tout moment depuis Aide &gt; Assistant de démarrage.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team si&amp;ze (people):</source>
        <translation>&amp;Taille de l’équipe (personnes)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front desk and France Services, say</source>
        <translation>Par exemple&#xa0;: accueil et France Services</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../coachapp/crash.py" line="+75"/>
        <source>(no log file)</source>
        <translation>(aucun journal technique)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CoachApp ran into a problem it did not expect.</source>
        <translation>CoachApp a rencontré un problème inattendu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you saved before is safe. The details were written to the log file:
{path}

Please attach this file when you report the problem.</source>
        <translation>Ce que vous aviez enregistré auparavant est préservé. Les détails ont été écrits dans le journal technique&#xa0;:
{path}

Merci de joindre ce fichier lorsque vous signalez le problème.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quit CoachApp</source>
        <translation>Quitter CoachApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>DelegationBoard</name>
    <message>
        <location filename="../../coachapp/ui/delegations/delegation_board.py" line="+71"/>
        <source>Delegation board</source>
        <translation>Tableau des délégations</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>{delegate}, {area}: level {level}, aiming at {target}</source>
        <translation>{delegate}, {area}&#xa0;: niveau {level}, niveau visé {target}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No delegation to show.</source>
        <translation>Aucune délégation à afficher.</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <location filename="../../coachapp/ui/delegations/delegation_dialog.py" line="+203"/>
        <source>Edit the delegation</source>
        <translation>Modifier la délégation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New delegation</source>
        <translation>Nouvelle délégation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What is delegated</source>
        <translation>Ce qui est délé&amp;gué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To</source>
        <translation>&amp;Confiée à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level now</source>
        <translation>&amp;Niveau actuel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Aiming at</source>
        <translation>Niveau &amp;visé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Since</source>
        <translation>Depu&amp;is le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check in every</source>
        <translation>Point d’étape to&amp;us les</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next check-in</source>
        <translation>&amp;Prochain point d’étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why the level changes</source>
        <translation>&amp;Raison du changement de niveau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A decision or a task, e.g. “Planning the front-desk rota”</source>
        <translation>Une décision ou une tâche, par exemple «&#xa0;Établir le planning de l’accueil&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a person</source>
        <translation>une personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team</source>
        <translation>une équipe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What made you change it (kept in the history)</source>
        <translation>Ce qui vous a amené à le changer (conservé dans l’historique)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>as suggested for this level ({days} days)</source>
        <translation>comme suggéré pour ce niveau ({days} jours)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The level you aim at ({target}) is below the level now ({level}): you plan to take part of this delegation back. Is that what you mean?</source>
        <translation>Le niveau visé ({target}) est inférieur au niveau actuel ({level})&#xa0;: vous prévoyez de reprendre une partie de cette délégation. Est-ce bien ce que vous souhaitez&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aiming lower</source>
        <translation>Niveau visé plus bas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>DelegationPanel</name>
    <message>
        <location filename="../../coachapp/ui/delegations/delegation_panel.py" line="+126"/>
        <source>Select a delegation, or add one with “New delegation…”.</source>
        <translation>Sélectionnez une délégation, ou ajoutez-en une avec «&#xa0;Nouvelle délégation…&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check in…</source>
        <translation>&amp;Point d’étape…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Level history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique des niveaux&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Check-ins&lt;/b&gt;</source>
        <translation>&lt;b&gt;Points d’étape&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Day</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it went</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{kind}, delegated to {delegate}</source>
        <translation>{kind}, déléguée à {delegate}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level now: {level} ({meaning}) · aiming at {target} · {status}</source>
        <translation>Niveau actuel&#xa0;: {level} ({meaning}) · niveau visé&#xa0;: {target} · {status}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Check-in due since {date} (%n day(s) late).</source>
        <translation>
            <numerusform>Point d’étape attendu depuis le {date} (%n jour de retard).</numerusform>
            <numerusform>Point d’étape attendu depuis le {date} (%n jours de retard).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next check-in: {date}.</source>
        <translation>Prochain point d’étape&#xa0;: {date}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No reason given</source>
        <translation>Aucune raison donnée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the linked journal entry (Enter)</source>
        <translation>Ouvrir l’entrée du journal liée (Entrée)</translation>
    </message>
</context>
<context>
    <name>Delegations</name>
    <message>
        <location filename="../../coachapp/services/delegations/delegations.py" line="+134"/>
        <source>Delegation levels go from 1 to 7.</source>
        <translation>Les niveaux de délégation vont de 1 à 7.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say why the level changes: the reason is kept in the history.</source>
        <translation>Dites pourquoi le niveau change&#xa0;: la raison est conservée dans l’historique.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep the reason under {high} characters.</source>
        <translation>La raison doit faire moins de {high} caractères.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A check-in cadence is a number of days from 1 to {high}.</source>
        <translation>Le rythme des points d’étape est un nombre de jours de 1 à {high}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This delegation no longer exists.</source>
        <translation>Cette délégation n’existe plus.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Say which decision or task is delegated.</source>
        <translation>Indiquez quelle décision ou quelle tâche est déléguée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the area under {high} characters.</source>
        <translation>Le domaine doit faire moins de {high} caractères.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose who it is delegated to: one person or one team.</source>
        <translation>Choisissez à qui elle est déléguée&#xa0;: une personne ou une équipe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is in the trash: restore them first.</source>
        <translation>{name} est dans la corbeille&#xa0;: restaurez cette personne d’abord.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The next check-in cannot come before the start ({start}).</source>
        <translation>Le prochain point d’étape ne peut pas précéder le début ({start}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The notes are too long.</source>
        <translation>Les notes sont trop longues.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>“{area}” is no longer active: make it active again to change its level.</source>
        <translation>La délégation «&#xa0;{area}&#xa0;» n’est plus en cours&#xa0;: remettez-la en cours pour changer son niveau.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“{area}” changed after this move, which can no longer be undone: change its level again if needed.</source>
        <translation>«&#xa0;{area}&#xa0;» a changé depuis ce déplacement, qui ne peut plus être annulé&#xa0;: changez de nouveau son niveau si besoin.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A check-in tells what happened: choose today or a past day.</source>
        <translation>Un point d’étape raconte ce qui s’est passé&#xa0;: choisissez aujourd’hui ou un jour passé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This delegation started on {start}: choose a later day.</source>
        <translation>Cette délégation a commencé le {start}&#xa0;: choisissez un jour ultérieur.</translation>
    </message>
</context>
<context>
    <name>DelegationsView</name>
    <message>
        <location filename="../../coachapp/ui/delegations/delegations_view.py" line="+148"/>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co&amp;mmitments</source>
        <translation>En&amp;gagements</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+66"/>
        <source>Check-ins &amp;due</source>
        <translation>Points d’étape à fai&amp;re</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Delegation &amp;poker</source>
        <translation>P&amp;oker de délégation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show completed and withdrawn</source>
        <translation>Afficher les délégations abouties et retirées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New delegation…</source>
        <translation>Nouvelle délégation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New delegation (Ctrl+Shift+D)</source>
        <translation>Nouvelle délégation (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No check-in is due. Well done.</source>
        <translation>Aucun point d’étape en attente. Bravo&#xa0;!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose delegations</source>
        <translation>Délégations de qui</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team: {team}</source>
        <translation>Équipe&#xa0;: {team}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Check-ins &amp;due ({count})</source>
        <translation>Points d’étape à fai&amp;re ({count})</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>{date} (%n day(s) late)</source>
        <translation>
            <numerusform>{date} (%n jour de retard)</numerusform>
            <numerusform>{date} (%n jours de retard)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Delegation “{area}” added.</source>
        <translation>Délégation «&#xa0;{area}&#xa0;» ajoutée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation “{area}” saved.</source>
        <translation>Délégation «&#xa0;{area}&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delegation board</source>
        <translation>Tableau des délégations</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Drag a marker along its row, or select it and press Left or Right, then say why: the move and its reason are kept in the delegation&apos;s history (Ctrl+Z undoes it). Enter opens it. A dotted outline shows the level you aim at.</source>
        <translation>Faites glisser un repère le long de sa ligne, ou sélectionnez-le et appuyez sur Gauche ou Droite, puis dites pourquoi&#xa0;: le déplacement et sa raison sont conservés dans l’historique de la délégation (Ctrl+Z l’annule). Entrée l’ouvre. Un contour pointillé montre le niveau visé.</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Check-in recorded. Next one: {date}.</source>
        <translation>Point d’étape enregistré. Prochain&#xa0;: {date}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move the delegation “{area}” ({delegate}), with its history and check-ins, to the trash?</source>
        <translation>Mettre la délégation «&#xa0;{area}&#xa0;» ({delegate}) à la corbeille, avec son historique et ses points d’étape&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{area}” moved to the trash.</source>
        <translation>Délégation «&#xa0;{area}&#xa0;» mise à la corbeille.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../coachapp/demo/fill.py" line="+92"/>
        <source>This journal already holds data. Use --force to replace it with demo data (a backup is taken first).</source>
        <translation>Ce journal contient déjà des données. Utilisez --force pour les remplacer par des données de démonstration (une sauvegarde est faite au préalable).</translation>
    </message>
</context>
<context>
    <name>DemoSummary</name>
    <message numerus="yes">
        <location filename="../../coachapp/cli.py" line="-207"/>
        <source>Demo journal written: %n entry(ies)</source>
        <translation>
            <numerusform>Journal de démonstration écrit&#xa0;: %n entrée</numerusform>
            <numerusform>Journal de démonstration écrit&#xa0;: %n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n ritual(s)</source>
        <translation>
            <numerusform>, %n rituel</numerusform>
            <numerusform>, %n rituels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n delegation(s)</source>
        <translation>
            <numerusform>, %n délégation</numerusform>
            <numerusform>, %n délégations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n skill(s) in plans</source>
        <translation>
            <numerusform>, %n compétence en plan</numerusform>
            <numerusform>, %n compétences en plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n experiment(s)</source>
        <translation>
            <numerusform>, %n expérimentation</numerusform>
            <numerusform>, %n expérimentations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n person(s).</source>
        <translation>
            <numerusform>, %n personne.</numerusform>
            <numerusform>, %n personnes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../coachapp/ui/onboarding/empty_states.py" line="+36"/>
        <source>Your journal is empty</source>
        <translation>Votre journal est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal is where practising the model shows: what you tried, what went wrong and what it taught, whom you listened to. A few lines after a meeting or a hard moment are enough, and the suggestions on Today come from what you write here.</source>
        <translation>C’est dans le journal que la pratique du modèle se voit&#xa0;: ce que vous avez tenté, ce qui n’a pas marché et ce que vous en avez appris, qui vous avez écouté. Quelques lignes après une réunion ou un moment difficile suffisent, et les suggestions d’Aujourd’hui naissent de ce que vous écrivez ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write a first entry</source>
        <translation>Écrire une première entrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ritual planned yet</source>
        <translation>Aucun rituel prévu pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rituals are the regular times when the team builds things together: a weekly round of ideas, a look back after a project, a world café with service users. Co-construction needs such times, planned and kept; the method library proposes one for each situation.</source>
        <translation>Les rituels sont les temps réguliers où l’équipe construit ensemble&#xa0;: un tour d’idées chaque semaine, un retour sur un projet terminé, un world café avec des usagers. La co-construction a besoin de ces temps, prévus et tenus&#xa0;; la bibliothèque de méthodes en propose un pour chaque situation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan a first ritual…</source>
        <translation>Planifier un premier rituel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No delegation recorded yet</source>
        <translation>Aucune délégation notée pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A delegation says who decides what, on seven levels from “I decide and announce” to “the team decides”. Writing it down, then raising the level step by step at each check-in, is how control gives way to trust.</source>
        <translation>Une délégation dit qui décide de quoi, sur sept niveaux, de «&#xa0;je décide et j’annonce&#xa0;» à «&#xa0;l’équipe décide&#xa0;». L’écrire, puis relever le niveau pas à pas à chaque point d’étape, c’est ainsi que le contrôle laisse place à la confiance.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record a first delegation…</source>
        <translation>Noter une première délégation…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No experiment yet</source>
        <translation>Aucune expérimentation pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An experiment tries a small change for a set time, with a sign that tells whether it works: another way of welcoming service users at the front desk, a shared rota. It may fail; what it teaches is kept, and that is what the right to error is for.</source>
        <translation>Une expérimentation essaie un petit changement pendant un temps donné, avec un signe qui dira s’il marche&#xa0;: une autre façon d’accueillir les usagers au guichet, un planning partagé. Elle peut échouer&#xa0;; ce qu’elle apprend est gardé, et c’est à cela que sert le droit à l’erreur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start a first experiment…</source>
        <translation>Lancer une première expérimentation…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody here yet</source>
        <translation>Personne ici pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people you work with and for: your agents first, then the service users&apos; representatives, elected officials and partners the model asks you to include. Type your team once, one person a line; meetings, delegations and experiments then name them.</source>
        <translation>Les personnes avec qui et pour qui vous travaillez&#xa0;: vos agents d’abord, puis les représentants des usagers, les élus et les partenaires que le modèle invite à associer. Saisissez votre équipe une fois, une personne par ligne&#xa0;; réunions, délégations et expérimentations pourront ensuite les nommer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add your team…</source>
        <translation>Ajouter votre équipe…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to chart yet</source>
        <translation>Rien à représenter pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insights show your practice over the months: meetings held and who took part, delegation levels, experiments started and concluded. They fill in as you record your work; a first meeting built with the team is a good start.</source>
        <translation>Les tendances montrent votre pratique au fil des mois&#xa0;: réunions tenues et qui y a pris part, niveaux de délégation, expérimentations lancées et conclues. Ils se remplissent à mesure que vous notez votre travail&#xa0;; une première réunion construite avec l’équipe est un bon début.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan a ritual…</source>
        <translation>Planifier un rituel…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the management model in short</source>
        <translation>le modèle de management en bref</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the guide: {link}</source>
        <translation>Dans le guide&#xa0;: {link}</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../coachapp/ui/journal/entry_editor.py" line="+215"/>
        <source>Select an entry in the list, or start a new one with Ctrl+N.</source>
        <translation>Sélectionnez une entrée dans la liste, ou commencez-en une nouvelle avec Ctrl+N.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Mood</source>
        <translation>&amp;Humeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private</source>
        <translation>Privée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private entries stay out of exports unless you ask for them.</source>
        <translation>Les entrées privées restent hors des exports, sauf si vous le demandez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Write</source>
        <translation>É&amp;crire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Whe&amp;n</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Text of the entry</source>
        <translation>Texte de l’entrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ene&amp;rgy</source>
        <translation>É&amp;nergie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Separated by commas: front desk, digital</source>
        <translation>Séparées par des virgules&#xa0;: accueil, numérique</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pillars and pe&amp;ople</source>
        <translation>Piliers et per&amp;sonnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Written {created} · updated {updated}</source>
        <translation>Écrite le {created} · modifiée le {updated}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not saved: {reason} What you typed is kept; CoachApp tries again every few seconds.</source>
        <translation>Non enregistré&#xa0;: {reason} Ce que vous avez tapé est conservé&#xa0;; CoachApp réessaie toutes les quelques secondes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This entry was deleted meanwhile; restore it from the trash to edit it.</source>
        <translation>Cette entrée a été supprimée entre-temps&#xa0;; restaurez-la depuis la corbeille pour la modifier.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not moved to the trash: {reason}</source>
        <translation>Non placée dans la corbeille&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+7"/>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason} The title “{title}” was kept.</source>
        <translation>{reason} Le titre «&#xa0;{title}&#xa0;» a été conservé.</translation>
    </message>
</context>
<context>
    <name>EntryLinks</name>
    <message>
        <location filename="../../coachapp/ui/journal/entry_links.py" line="+67"/>
        <source>Pillars of the management model</source>
        <translation>Piliers du modèle de management</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People concerned</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link a person…</source>
        <translation>Associer une personne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink</source>
        <translation>Dissocier</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <location filename="../../coachapp/ui/journal/entry_model.py" line="+37"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>private</source>
        <translation>privée</translation>
    </message>
</context>
<context>
    <name>EraseCoacheeDialog</name>
    <message>
        <location filename="../../coachapp/ui/coaching/erase_dialog.py" line="+23"/>
        <source>Erase {name}</source>
        <translation>Effacer {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Everything the portfolio holds on {name} goes for good: %n export(s), their sessions and your notes, the feedback being written, and the list of files written for them. The portfolio&apos;s backups, which hold them too, are replaced by one taken after. The sharing record keeps the day and how much went, never the name.</source>
        <translation>
            <numerusform>Tout ce que le portefeuille conserve sur {name} disparaît définitivement&#xa0;: %n export, ses séances et vos notes, le retour en cours de rédaction et la liste des fichiers écrits pour ce coaché. Les sauvegardes du portefeuille, qui le contiennent aussi, sont remplacées par une seule, faite après. L’historique des partages garde le jour et la quantité effacée, jamais le nom.</numerusform>
            <numerusform>Tout ce que le portefeuille conserve sur {name} disparaît définitivement&#xa0;: %n exports, ses séances et vos notes, le retour en cours de rédaction et la liste des fichiers écrits pour ce coaché. Les sauvegardes du portefeuille, qui le contiennent aussi, sont remplacées par une seule, faite après. L’historique des partages garde le jour et la quantité effacée, jamais le nom.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Files on this computer</source>
        <translation>Fichiers sur cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Also delete these %n file(s) on this computer: the feedback files and sheets written for them, and the exports they sent</source>
        <translation>
            <numerusform>Supprimer aussi ce fichier sur cet ordinateur&#xa0;: les fichiers de retour et fiches écrits pour ce coaché, et les exports qu’il a envoyés</numerusform>
            <numerusform>Supprimer aussi ces %n fichiers sur cet ordinateur&#xa0;: les fichiers de retour et fiches écrits pour ce coaché, et les exports qu’il a envoyés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../coachapp/ui/people/erase_dialog.py" line="+46"/>
        <source>Erase {name}</source>
        <translation>Effacer {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erasing {name} removes them from this journal for good, with what is about them, and replaces their name wherever it is written with “{alias}”. This cannot be undone.</source>
        <translation>Effacer {name} la retire définitivement de ce journal, avec ce qui la concerne, et remplace son nom partout où il est écrit par «&#xa0;{alias}&#xa0;». C’est irréversible.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What is erased or changed</source>
        <translation>Ce qui est effacé ou modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many</source>
        <translation>Combien</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone else in the journal is also called {parts}: written alone, it is replaced too, since it may be {name}; their full names stay as written.</source>
        <translation>Une autre personne du journal s’appelle aussi {parts}&#xa0;: écrit seul, ce nom est remplacé aussi, car il peut désigner {name}&#xa0;; les noms complets des autres restent tels quels.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delegations erased with them, to hand to someone else: {areas}</source>
        <translation>Délégations effacées avec elle, à confier à quelqu’un d’autre&#xa0;: {areas}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the name is replaced, before and after</source>
        <translation>Où le nom est remplacé, avant et après</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afterwards</source>
        <translation>Après</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n backup(s) of this journal, in {folder}, still hold {name}: they go as newer backups replace them, and you can delete them there. Files already exported are out of reach: File &gt; What I have shared… lists them.</source>
        <translation>
            <numerusform>%n sauvegarde de ce journal, dans {folder}, contient encore {name}&#xa0;: elle disparaît quand de plus récentes la remplacent, et vous pouvez la supprimer là. Les fichiers déjà exportés sont hors d’atteinte&#xa0;: Fichier &gt; Historique des partages… les liste.</numerusform>
            <numerusform>%n sauvegardes de ce journal, dans {folder}, contiennent encore {name}&#xa0;: elles disparaissent à mesure que de plus récentes les remplacent, et vous pouvez les supprimer là. Les fichiers déjà exportés sont hors d’atteinte&#xa0;: Fichier &gt; Historique des partages… les liste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To confirm, type their name:</source>
        <translation>Pour confirmer, tapez son nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erased person</source>
        <translation>Personne effacée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys of pseudonymised exports</source>
        <translation>Clés des exports pseudonymisés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlinked</source>
        <translation>Délié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name replaced</source>
        <translation>Nom remplacé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Their card</source>
        <translation>Sa fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegations to them, with check-ins and level history</source>
        <translation>Délégations qui lui sont confiées, avec points d’étape et historique des niveaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their skill plans</source>
        <translation>Ses plans de compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach comments on these</source>
        <translation>Commentaires du coach sur ces éléments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts about them</source>
        <translation>Suggestions la concernant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Journal entries linked to them</source>
        <translation>Entrées du journal liées à elle ou lui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal links to their delegations and skill plans</source>
        <translation>Liens du journal vers ses délégations et plans de compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rituals they took part in (counted as anonymous)</source>
        <translation>Rituels auxquels elle ou il a participé (compté anonymement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ritual actions they owned (left without owner)</source>
        <translation>Actions de rituel dont elle ou il était responsable (sans responsable ensuite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiments they led (led by you afterwards)</source>
        <translation>Expérimentations qu’elle ou il pilotait (pilotées par vous ensuite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiments they were part of</source>
        <translation>Expérimentations auxquelles elle ou il participait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation-poker votes (kept under the alias)</source>
        <translation>Votes au poker de délégation (gardés sous l’alias)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other people&apos;s cards</source>
        <translation>Fiches des autres personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rituals</source>
        <translation>Rituels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill plans</source>
        <translation>Plans de compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiments</source>
        <translation>Expérimentations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-assessment notes</source>
        <translation>Notes d’autoévaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach comments</source>
        <translation>Commentaires du coach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own methods</source>
        <translation>Mes méthodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt history</source>
        <translation>Historique des suggestions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing record</source>
        <translation>Historique des partages</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot erase</source>
        <translation>Effacement impossible</translation>
    </message>
</context>
<context>
    <name>ExampleBanner</name>
    <message>
        <location filename="../../coachapp/ui/onboarding/example.py" line="+51"/>
        <location line="+8"/>
        <source>Example journal</source>
        <translation>Journal d’exemple</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>A fictional service, to explore freely. Nothing done here reaches your own journal, and the example starts afresh each time it is opened.</source>
        <translation>Un service fictif, à explorer librement. Rien de ce qui est fait ici n’atteint votre propre journal, et l’exemple repart de zéro à chaque ouverture.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to my journal</source>
        <translation>Revenir à mon journal</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../coachapp/ui/exchange/actions.py" line="+55"/>
        <source>Import a journal or a coach&apos;s feedback</source>
        <translation>Importer un journal ou un retour de coach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CoachApp files (*.json);;All files (*)</source>
        <translation>Fichiers CoachApp (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+58"/>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Coach feedback</source>
        <translation>Retour du coach</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Merge the journal export {name} into your journal? Records you do not have are added and newer ones replace yours; your journal is backed up first.</source>
        <translation>Fusionner l’export de journal {name} dans votre journal&#xa0;? Les éléments que vous n’avez pas sont ajoutés et les plus récents remplacent les vôtres&#xa0;; votre journal est d’abord sauvegardé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Import a journal</source>
        <translation>Importer un journal</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a journal for review</source>
        <translation>Ouvrir un journal à relire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CoachApp journal exports (*.json);;All files (*)</source>
        <translation>Exports de journal CoachApp (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open for review</source>
        <translation>Impossible d’ouvrir pour relecture</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What the journal holds on {name}</source>
        <translation>Ce que le journal contient sur {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write the report</source>
        <translation>Impossible d’écrire le rapport</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) about {name} written to {file}.</source>
        <translation>
            <numerusform>%n élément sur {name} écrit dans {file}.</numerusform>
            <numerusform>%n éléments sur {name} écrits dans {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExperimentBoard</name>
    <message>
        <location filename="../../coachapp/ui/experiments/experiment_board.py" line="+78"/>
        <source>Experiment board</source>
        <translation>Tableau des expérimentations</translation>
    </message>
    <message>
        <location line="+139"/>
        <location line="+40"/>
        <source>me</source>
        <translation>moi</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Review due {date}</source>
        <translation>Bilan attendu depuis le {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review {date}</source>
        <translation>Bilan le {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{title}: {status}, {risk}, led by {who}. {footer}</source>
        <translation>{title}&#xa0;: {status}, {risk}, pilotée par {who}. {footer}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No experiment to show.</source>
        <translation>Aucune expérimentation à afficher.</translation>
    </message>
</context>
<context>
    <name>ExperimentDialog</name>
    <message>
        <location filename="../../coachapp/ui/experiments/experiment_dialog.py" line="+204"/>
        <source>Edit the experiment</source>
        <translation>Modifier l’expérimentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New experiment</source>
        <translation>Nouvelle expérimentation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follows “{title}”.</source>
        <translation>Fait suite à «&#xa0;{title}&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Where it stands</source>
        <translation>&amp;Avancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Led by</source>
        <translation>Pi&amp;lotage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Came from the &amp;ritual</source>
        <translation>Rituel d’ori&amp;gine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People involved</source>
        <translation>P&amp;ersonnes impliquées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We &amp;believe that</source>
        <translation>&amp;Nous pensons que</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To &amp;verify it, we will</source>
        <translation>Pour le &amp;vérifier, nous allons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>And &amp;measure</source>
        <translation>Et &amp;mesurer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>We are &amp;right if</source>
        <translation>Nous avons &amp;raison si</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;critical the hypothesis is</source>
        <translation>Criticité de l’&amp;hypothèse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ost of the test</source>
        <translation>C&amp;oût du test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How reliable the &amp;data will be</source>
        <translation>Fia&amp;bilité des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;isk</source>
        <translation>R&amp;isque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe to fail: &amp;scope</source>
        <translation>Échouer sans risque&#xa0;: &amp;périmètre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>… d&amp;uration</source>
        <translation>… d&amp;urée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… how we &amp;go back</source>
        <translation>… comment &amp;faire marche arrière</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test c&amp;ard</source>
        <translation>&amp;Carte de test</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W&amp;ho</source>
        <translation>&amp;Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sa&amp;fe to fail</source>
        <translation>Échouer &amp;sans risque</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person</source>
        <translation>Trouver une personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review on</source>
        <translation>au bilan du</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A ritual now in the trash</source>
        <translation>Un rituel désormais dans la corbeille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. a walk-in slot on Thursday mornings will cut phone calls</source>
        <translation>p. ex. un accueil sans rendez-vous le jeudi matin réduira les appels téléphoniques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A threshold you can check, e.g. a quarter less</source>
        <translation>Un seuil vérifiable, p. ex. un quart en moins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. only the Thursday morning slot</source>
        <translation>p. ex. uniquement le créneau du jeudi matin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. four weeks</source>
        <translation>p. ex. quatre semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. back to the usual rota at any time</source>
        <translation>p. ex. retour au planning habituel à tout moment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A small, short, reversible test makes failing cheap and learning likely: that is what the right to error protects.</source>
        <translation>Un test limité, court et réversible rend l’échec peu coûteux et l’apprentissage probable&#xa0;: c’est ce que protège le droit à l’erreur.</translation>
    </message>
</context>
<context>
    <name>ExperimentLabels</name>
    <message>
        <location filename="../../coachapp/words/experiment_labels.py" line="+11"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Planifiées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concluded</source>
        <translation>Conclues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>Abandonnées</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Low risk</source>
        <translation>Risque faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium risk</source>
        <translation>Risque moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalidated</source>
        <translation>Invalidée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inconclusive</source>
        <translation>Non concluante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scale it up</source>
        <translation>Généraliser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adapt it</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop it</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test again</source>
        <translation>Tester à nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mistakes</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiments</source>
        <translation>Expérimentations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Luck: do not count on it</source>
        <translation>De la chance&#xa0;: n’y comptez pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learn from it, then avoid it</source>
        <translation>En tirer la leçon, puis l’éviter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning: celebrate it</source>
        <translation>Apprentissage&#xa0;: à célébrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning: celebrate it too</source>
        <translation>Apprentissage&#xa0;: à célébrer aussi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep doing it</source>
        <translation>À continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad luck, or a practice to review</source>
        <translation>Pas de chance, ou une pratique à revoir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 · low</source>
        <translation>1 · faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · medium</source>
        <translation>2 · moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · high</source>
        <translation>3 · élevé</translation>
    </message>
</context>
<context>
    <name>ExperimentPanel</name>
    <message>
        <location filename="../../coachapp/ui/experiments/experiment_panel.py" line="+109"/>
        <source>Select an experiment on the board, or write a new one.</source>
        <translation>Sélectionnez une expérimentation sur le tableau, ou rédigez-en une nouvelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen experiment</source>
        <translation>L’expérimentation choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edi&amp;t…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;bandon…</source>
        <translation>A&amp;bandonner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt experiment…</source>
        <translation>Expérimentation &amp;suivante…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Plan it</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start it</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Conclude…</source>
        <translation>&amp;Conclure…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to &amp;ideas</source>
        <translation>Retour aux &amp;idées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>me</source>
        <translation>moi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>led by {who}</source>
        <translation>pilotée par {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from {start} to the review on {review}</source>
        <translation>du {start} au bilan du {review}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from {start}</source>
        <translation>depuis le {start}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review due</source>
        <translation>bilan attendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>came from the ritual “{title}”</source>
        <translation>issue du rituel «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test card</source>
        <translation>Carte de test</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safe to fail</source>
        <translation>Échouer sans risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning card</source>
        <translation>Carte d’apprentissage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Its path</source>
        <translation>Son parcours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follows</source>
        <translation>Expérimentation précédente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Led to</source>
        <translation>Expérimentation suivante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We believe that</source>
        <translation>Nous pensons que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To verify it, we will</source>
        <translation>Pour le vérifier, nous allons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>And measure</source>
        <translation>Et mesurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We are right if</source>
        <translation>Nous avons raison si</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data reliability</source>
        <translation>Fiabilité des données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going back</source>
        <translation>Marche arrière</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>confidence {n}/5</source>
        <translation>confiance {n}/5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We observed</source>
        <translation>Nous avons observé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We learned</source>
        <translation>Nous avons appris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Therefore we will</source>
        <translation>Donc nous allons</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Abandoned because: {reason}</source>
        <translation>Motif de l’abandon&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label}: {link}</source>
        <translation>{label}&#xa0;: {link}</translation>
    </message>
</context>
<context>
    <name>ExperimentStatus</name>
    <message>
        <location filename="../../coachapp/words/experiment_labels.py" line="-52"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concluded</source>
        <translation>Conclue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>Experiments</name>
    <message>
        <location filename="../../coachapp/services/experiments/experiments.py" line="+77"/>
        <source>idea</source>
        <translation>idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concluded</source>
        <translation>conclue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abandoned</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Choose a value from 1 to {high}.</source>
        <translation>Choisissez une valeur de 1 à {high}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This experiment no longer exists.</source>
        <translation>Cette expérimentation n’existe plus.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Give the experiment a title.</source>
        <translation>Donnez un titre à l’expérimentation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the title under {high} characters.</source>
        <translation>Le titre doit faire moins de {high} caractères.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>State the hypothesis: what do you believe will happen?</source>
        <translation>Formulez l’hypothèse&#xa0;: que pensez-vous qu’il va se passer&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The review date comes before the start ({start}).</source>
        <translation>La date du bilan précède le début ({start}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} is in the trash: restore them first.</source>
        <translation>{name} est dans la corbeille&#xa0;: restaurez cette personne d’abord.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>An experiment cannot go from “{source}” to “{target}”.</source>
        <translation>Une expérimentation ne peut pas passer de «&#xa0;{source}&#xa0;» à «&#xa0;{target}&#xa0;».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Concluding an experiment takes its learning card.</source>
        <translation>Pour conclure une expérimentation, remplissez sa carte d’apprentissage.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Say why it stops: the reason stays with the experiment.</source>
        <translation>Indiquez pourquoi elle s’arrête&#xa0;: la raison est conservée avec l’expérimentation.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write what you observed, even briefly.</source>
        <translation>Notez ce que vous avez observé, même brièvement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write what you learned: it is what the experiment was for.</source>
        <translation>Notez ce que vous avez appris&#xa0;: c’est la raison d’être de l’expérimentation.</translation>
    </message>
</context>
<context>
    <name>ExperimentsView</name>
    <message>
        <location filename="../../coachapp/ui/experiments/experiments_view.py" line="+118"/>
        <source>New experiment…</source>
        <translation>Nouvelle expérimentation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New experiment (Ctrl+Shift+E)</source>
        <translation>Nouvelle expérimentation (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>B&amp;oard</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Celebration &amp;grid</source>
        <translation>&amp;Grille de célébration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag a card to another column, or select it and press Ctrl+Left or Ctrl+Right; Ctrl+Up and Ctrl+Down change its place in the column. Concluding asks for the learning card; abandoning asks why.</source>
        <translation>Faites glisser une carte vers une autre colonne, ou sélectionnez-la et appuyez sur Ctrl+Gauche ou Ctrl+Droite&#xa0;; Ctrl+Haut et Ctrl+Bas changent sa place dans la colonne. Pour conclure, remplissez la carte d’apprentissage&#xa0;; pour abandonner, indiquez pourquoi.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{title} (next test)</source>
        <translation>{title} (test suivant)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Experiment “{title}” added.</source>
        <translation>Expérimentation «&#xa0;{title}&#xa0;» ajoutée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experiment “{title}” saved.</source>
        <translation>Expérimentation «&#xa0;{title}&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+15"/>
        <source>Experiment board</source>
        <translation>Tableau des expérimentations</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>“{title}” cannot go from “{source}” to “{target}”.</source>
        <translation>«&#xa0;{title}&#xa0;» ne peut pas passer de «&#xa0;{source}&#xa0;» à «&#xa0;{target}&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{title}” is now in “{status}”.</source>
        <translation>«&#xa0;{title}&#xa0;» est maintenant dans «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{title}” concluded: what it taught is kept.</source>
        <translation>«&#xa0;{title}&#xa0;» conclue&#xa0;: ses enseignements sont conservés.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{title}” abandoned; the reason is kept.</source>
        <translation>«&#xa0;{title}&#xa0;» abandonnée&#xa0;; la raison est conservée.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Move the experiment “{title}” to the trash?</source>
        <translation>Mettre l’expérimentation «&#xa0;{title}&#xa0;» à la corbeille&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{title}” moved to the trash.</source>
        <translation>Expérimentation «&#xa0;{title}&#xa0;» mise à la corbeille.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../coachapp/ui/exchange/export_dialog.py" line="+148"/>
        <location line="+160"/>
        <source>Export the journal</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>For your coach: CoachApp file (.json)</source>
        <translation>Pour votre coach&#xa0;: fichier CoachApp (.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF, to read and print</source>
        <translation>PDF, à lire et imprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (HTML), to read in a browser</source>
        <translation>Page web (HTML), à lire dans un navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown, plain text</source>
        <translation>Markdown, texte brut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries:</source>
        <translation>Entrées&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts of the journal</source>
        <translation>Parties du journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include &amp;private entries</source>
        <translation>Inclure les entrées &amp;privées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace every person&apos;s &amp;name by an alias</source>
        <translation>Remplacer le &amp;nom de chaque personne par un alias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names are replaced everywhere, inside what you wrote too (“Agent A”, “Élu B”). The key to the aliases is kept in the journal, never in the export.</source>
        <translation>Les noms sont remplacés partout, y compris dans ce que vous avez écrit («&#xa0;Agent A&#xa0;», «&#xa0;Élu B&#xa0;»). La clé des alias est gardée dans le journal, jamais dans l’export.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What will leave this workstation</source>
        <translation>Ce qui quittera ce poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day exported</source>
        <translation>Premier jour exporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day exported</source>
        <translation>Dernier jour exporté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your coach opens this file in CoachApp to review it, comments on each item and sends you back a feedback file to import (File &gt; Import a journal or a coach&apos;s feedback…). It is complete: another CoachApp can also merge it.</source>
        <translation>Votre coach ouvre ce fichier dans CoachApp pour le relire, commente chaque élément et vous renvoie un fichier de retour à importer (Fichier &gt; Importer un journal ou un retour de coach…). Il est complet&#xa0;: un autre CoachApp peut aussi le fusionner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To read or print. Your coach cannot comment on it in CoachApp: for a review, choose “For your coach”.</source>
        <translation>Pour lire ou imprimer. Votre coach ne peut pas le commenter dans CoachApp&#xa0;: pour une relecture, choisissez «&#xa0;Pour votre coach&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only in a JSON export</source>
        <translation>Seulement dans un export JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last day comes before the first day.</source>
        <translation>Le dernier jour précède le premier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one part of the journal.</source>
        <translation>Choisissez au moins une partie du journal.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The newest entries, as they will read</source>
        <translation>Les entrées les plus récentes, telles qu’elles se liront</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Entries from {first} to {last}.</source>
        <translation>Entrées du {first} au {last}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entries from {first} on.</source>
        <translation>Entrées à partir du {first}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries up to {last}.</source>
        <translation>Entrées jusqu’au {last}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CoachApp journal exports (*.json)</source>
        <translation>Exports de journal CoachApp (*.json)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The PDF could not hold the whole journal; nothing was written.</source>
        <translation>Le PDF n’a pas pu contenir tout le journal&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The key to the aliases is kept in the journal: File &gt; What I have shared…</source>
        <translation>La clé des alias est gardée dans le journal&#xa0;: Fichier &gt; Historique des partages…</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Le fichier {path} n’a pas pu être écrit&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message numerus="yes">
        <location filename="../../coachapp/cli.py" line="-116"/>
        <source>%n ritual(s) written to {path}</source>
        <translation>
            <numerusform>%n rituel écrit dans {path}</numerusform>
            <numerusform>%n rituels écrits dans {path}</numerusform>
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
            <numerusform>Journal écrit dans {path} (%n entrée)</numerusform>
            <numerusform>Journal écrit dans {path} (%n entrées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackCard</name>
    <message>
        <location filename="../../coachapp/ui/common/coach_notes.py" line="+51"/>
        <source>{kind}: {title}</source>
        <translation>{kind}&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall note</source>
        <translation>Note d’ensemble</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{signed} · read</source>
        <translation>{signed} · lu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open what the comment is about</source>
        <translation>Ouvrir l’élément commenté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <location filename="../../coachapp/ui/coaching/feedback_tab.py" line="+71"/>
        <source>&amp;Export reviewed:</source>
        <translation>&amp;Export relu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the feedback file…</source>
        <translation>&amp;Enregistrer le fichier de retour…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comments and overall note on this export, as a file for the manager</source>
        <translation>Vos commentaires et votre note d’ensemble sur cet export, dans un fichier pour le manager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback &amp;sent:</source>
        <translation>Retours &amp;envoyés&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written</source>
        <translation>Écrit le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the export of</source>
        <translation>Sur l’export du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brought in by the manager</source>
        <translation>Importé par le manager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback sent</source>
        <translation>Retours envoyés</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Nothing to send yet</source>
        <translation>Rien à envoyer pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a comment on an item, or an overall note, first.</source>
        <translation>Écrivez d’abord un commentaire sur un élément, ou une note d’ensemble.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the feedback file for {name}</source>
        <translation>Enregistrer le fichier de retour pour {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach feedback files (*.json)</source>
        <translation>Fichiers de retour de coach (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save the feedback</source>
        <translation>Impossible d’enregistrer le retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Le fichier {path} n’a pas pu être écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feedback saved to {name}: send it to the manager.</source>
        <translation>Retour enregistré dans {name}&#xa0;: envoyez-le au manager.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None yet.</source>
        <translation>Aucun pour l’instant.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../coachapp/ui/onboarding/first_run.py" line="+140"/>
        <source>Setting up CoachApp</source>
        <translation>Mise en route de CoachApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your team</source>
        <translation>Votre équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore an example first</source>
        <translation>Explorer d’abord un exemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fictional service&apos;s journal, kept apart from yours; one click brings you back here</source>
        <translation>Le journal d’un service fictif, tenu à l’écart du vôtre&#xa0;; un clic vous ramène ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip setup</source>
        <translation>Passer la mise en route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything can be set up later</source>
        <translation>Tout peut être réglé plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter from anywhere on the page</source>
        <translation>Ctrl+Entrée depuis n’importe où sur la page</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step {n} of {count}</source>
        <translation>Étape {n} sur {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Add %n person(s) and go on</source>
        <translation>
            <numerusform>Ajouter %n personne et continuer</numerusform>
            <numerusform>Ajouter %n personnes et continuer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>FirstStepsCard</name>
    <message>
        <location filename="../../coachapp/ui/onboarding/first_steps_card.py" line="+37"/>
        <source>Write a first entry</source>
        <translation>Écrire une première entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what happened today, and what it taught you</source>
        <translation>ce qui s’est passé aujourd’hui, et ce que vous en retenez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add your team</source>
        <translation>Ajouter votre équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everyone at once, one person a line</source>
        <translation>tout le monde d’un coup, une personne par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan a first co-construction ritual</source>
        <translation>Planifier un premier rituel de co-construction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a time when the team builds something together</source>
        <translation>un temps où l’équipe construit ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan…</source>
        <translation>Planifier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a first delegation</source>
        <translation>Noter une première délégation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who decides what, on seven levels</source>
        <translation>qui décide de quoi, sur sept niveaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record…</source>
        <translation>Noter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a first experiment</source>
        <translation>Lancer une première expérimentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a small change, tried for a while, with a sign</source>
        <translation>un petit changement, essayé un temps, avec un signe de réussite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start…</source>
        <translation>Lancer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do a first self-assessment</source>
        <translation>Faire une première autoévaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a rating for each dimension of the model: your start</source>
        <translation>une note pour chaque dimension du modèle&#xa0;: votre point de départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate…</source>
        <translation>Évaluer…</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+6"/>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>First steps with the model</source>
        <translation>Premiers pas avec le modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide these steps</source>
        <translation>Masquer ces étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The setup assistant (Help menu) can show them again</source>
        <translation>L’assistant de démarrage (menu Aide) peut les afficher de nouveau</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{done} of {all}</source>
        <translation>{done} sur {all}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First steps done: {text}</source>
        <translation>Premiers pas faits&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>FormattingBar</name>
    <message>
        <location filename="../../coachapp/ui/common/markdown_edit.py" line="+157"/>
        <source>Bold (Ctrl+B)</source>
        <translation>Gras (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italic (Ctrl+I)</source>
        <translation>Italique (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading (Ctrl+H)</source>
        <translation>Titre de section (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List (Ctrl+L)</source>
        <translation>Liste (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist (Ctrl+Shift+L); tick with Ctrl+Enter</source>
        <translation>Liste de tâches (Ctrl+Maj+L)&#xa0;; cocher avec Ctrl+Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link (Ctrl+K)</source>
        <translation>Lien (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick or untick</source>
        <translation>Cocher ou décocher</translation>
    </message>
</context>
<context>
    <name>GridWidget</name>
    <message>
        <location filename="../../coachapp/ui/experiments/celebration_view.py" line="-117"/>
        <source>{behaviour}, {result}: {count}</source>
        <translation>{behaviour}, {result}&#xa0;: {count}</translation>
    </message>
</context>
<context>
    <name>Growth</name>
    <message>
        <location filename="../../coachapp/words/growth_labels.py" line="+12"/>
        <source>Tell</source>
        <translation>Annoncer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sell</source>
        <translation>Vendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consult</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree</source>
        <translation>S’accorder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advise</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inquire</source>
        <translation>S’informer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegate</source>
        <translation>Déléguer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I decide and announce it.</source>
        <translation>Je décide et je l’annonce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I decide and explain why, to win them over.</source>
        <translation>Je décide et j’explique pourquoi, pour convaincre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I ask for their views, then I decide.</source>
        <translation>Je demande leur avis, puis je décide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We decide together.</source>
        <translation>Nous décidons ensemble.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They decide after hearing my advice.</source>
        <translation>Ils décident après avoir entendu mes conseils.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They decide and tell me afterwards.</source>
        <translation>Ils décident et m’en informent ensuite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They decide; I do not need to know.</source>
        <translation>Ils décident&#xa0;; je n’ai pas besoin de le savoir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Aboutie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Went well</source>
        <translation>Bien passé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixed</source>
        <translation>Mitigé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficult</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting level</source>
        <translation>Niveau de départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed in the form</source>
        <translation>Modifié dans le formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved on the board</source>
        <translation>Déplacé sur le tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At a check-in</source>
        <translation>Lors d’un point d’étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation poker</source>
        <translation>Poker de délégation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A decision</source>
        <translation>Une décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A task</source>
        <translation>Une tâche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Know-how</source>
        <translation>Savoir-faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpersonal skill</source>
        <translation>Savoir-être</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 · Discovering: needs someone alongside</source>
        <translation>1 · Découverte&#xa0;: a besoin d’être accompagné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · Practising, with support</source>
        <translation>2 · Pratique, avec un appui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · Autonomous</source>
        <translation>3 · Autonome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 · Confident: passes it on to others</source>
        <translation>4 · Maîtrise&#xa0;: transmet aux autres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairing</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immersion</source>
        <translation>Immersion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-to-one</source>
        <translation>Entretien individuel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In-house</source>
        <translation>En interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CNFPT</source>
        <translation>CNFPT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../coachapp/ui/guide/guide_window.py" line="+155"/>
        <source>CoachApp guide</source>
        <translation>Guide de CoachApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page read before (Alt+Left)</source>
        <translation>La page lue avant (Alt+Gauche)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the guides (accents optional)</source>
        <translation>Chercher dans les guides (accents facultatifs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the guides</source>
        <translation>Chercher dans les guides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF to print…</source>
        <translation>Enregistrer en PDF pour imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages of the guides</source>
        <translation>Pages des guides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages found</source>
        <translation>Pages trouvées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guide page</source>
        <translation>Page du guide</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{page} · CoachApp guide</source>
        <translation>{page} · Guide de CoachApp</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No page holds these words.</source>
        <translation>Aucune page ne contient ces mots.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save the page as PDF</source>
        <translation>Enregistrer la page en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../coachapp/ui/guide/help_actions.py" line="+64"/>
        <source>CoachApp &amp;guide</source>
        <translation>&amp;Guide de CoachApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The management &amp;model</source>
        <translation>Le &amp;modèle de management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What&apos;s &amp;new in this version</source>
        <translation>&amp;Nouveautés de cette version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Signaler un problème…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the version and a check of the installation, to paste in a message</source>
        <translation>Copier la version et un contrôle de l’installation, à coller dans un message</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../coachapp/exchange/journal_json.py" line="+28"/>
        <source>{path} is too large for a CoachApp file.</source>
        <translation>{path} est trop volumineux pour un fichier CoachApp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is not a CoachApp file (it is not JSON).</source>
        <translation>{path} n’est pas un fichier CoachApp (ce n’est pas du JSON).</translation>
    </message>
    <message>
        <location filename="../../coachapp/services/exchange/journal_import.py" line="+82"/>
        <source>{path} is not a CoachApp journal export, so it cannot be reviewed. A coach reviews the CoachApp file (.json) that the manager makes with File &gt; Export…; PDF, web page and Markdown exports are for reading only. Ask the manager to send the .json file.</source>
        <translation>{path} n’est pas un export de journal CoachApp&#xa0;: il ne peut pas être relu. Un coach relit le fichier CoachApp (.json) que le manager crée avec Fichier &gt; Exporter…&#xa0;; les exports PDF, page web et Markdown servent seulement à la lecture. Demandez au manager d’envoyer le fichier .json.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A person&apos;s arrival date is not a real day: {day}.</source>
        <translation>La date d’arrivée d’une personne n’est pas un jour du calendrier&#xa0;: {day}.</translation>
    </message>
    <message>
        <location filename="../../coachapp/exchange/journal_json.py" line="+19"/>
        <source>{path} was written by a newer CoachApp: update CoachApp to read it.</source>
        <translation>{path} a été écrit par une version plus récente de CoachApp&#xa0;: mettez CoachApp à jour pour le lire.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} is damaged or incomplete ({problem}).</source>
        <translation>{path} est endommagé ou incomplet ({problem}).</translation>
    </message>
    <message>
        <location filename="../../coachapp/services/exchange/importing.py" line="+37"/>
        <source>{path} is neither a CoachApp journal export nor a coach&apos;s feedback file.</source>
        <translation>{path} n’est ni un export de journal CoachApp ni un fichier de retour de coach.</translation>
    </message>
    <message>
        <location filename="../../coachapp/exchange/feedback.py" line="+118"/>
        <source>{path} is not a coach&apos;s feedback file.</source>
        <translation>{path} n’est pas un fichier de retour de coach.</translation>
    </message>
</context>
<context>
    <name>ImportQuestion</name>
    <message>
        <location filename="../../coachapp/ui/coaching/import_question.py" line="+20"/>
        <source>{file} is pseudonymised: its names are replaced by aliases (“Agent A”). Merged into your journal, the aliases would stand in it for people.</source>
        <translation>{file} est pseudonymisé&#xa0;: ses noms sont remplacés par des alias («&#xa0;Agent A&#xa0;»). Fusionnés dans votre journal, ces alias y tiendraient lieu de personnes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} comes from another journal than yours.</source>
        <translation>{file} vient d’un autre journal que le vôtre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} does not say which journal it comes from, and your journal did not write it.</source>
        <translation>{file} ne dit pas de quel journal il vient, et votre journal ne l’a pas écrit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whose journal is this?</source>
        <translation>À qui est ce journal&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A coachee&apos;s export goes to the Coaching area: it is kept in your coaching portfolio, apart from your journal and from your other coachees. Merging adds its records to your own journal: only for your own journal, brought from another workstation.</source>
        <translation>L’export d’un coaché va dans l’espace Coaching&#xa0;: il est conservé dans votre portefeuille de coaching, à part de votre journal et de vos autres coachés. La fusion ajoute ses éléments à votre propre journal&#xa0;: seulement pour votre propre journal, venu d’un autre poste de travail.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A coachee&apos;s: add it to Coaching</source>
        <translation>À un coaché&#xa0;: l’ajouter au Coaching</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My own: merge it</source>
        <translation>Le mien&#xa0;: le fusionner</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <location filename="../../coachapp/words/import_summary.py" line="+11"/>
        <source>Imported: %n record(s) added</source>
        <translation>
            <numerusform>Import&#xa0;: %n élément ajouté</numerusform>
            <numerusform>Import&#xa0;: %n éléments ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n mis à jour</numerusform>
            <numerusform>, %n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n inchangé</numerusform>
            <numerusform>, %n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n left as yours (yours is newer).</source>
        <translation>
            <numerusform>, %n laissé tel quel (votre version est plus récente).</numerusform>
            <numerusform>, %n laissés tels quels (votre version est plus récente).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  kept yours: {area} {uuid}</source>
        <translation>  votre version gardée&#xa0;: {area} {uuid}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Coach feedback: %n new comment(s)</source>
        <translation>
            <numerusform>Retour du coach&#xa0;: %n nouveau commentaire</numerusform>
            <numerusform>Retour du coach&#xa0;: %n nouveaux commentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n changed by the coach</source>
        <translation>
            <numerusform>, %n modifié par le coach</numerusform>
            <numerusform>, %n modifiés par le coach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n already here.</source>
        <translation>
            <numerusform>, %n déjà présent.</numerusform>
            <numerusform>, %n déjà présents.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  not in this journal, left out: {area} “{title}”</source>
        <translation>  absent de ce journal, laissé de côté&#xa0;: {area} «&#xa0;{title}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>InsightCharts</name>
    <message>
        <location filename="../../coachapp/render/charts.py" line="+95"/>
        <source>Meetings held per month, by purpose</source>
        <translation>Réunions tenues par mois, selon leur objectif</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Share of meetings with each group</source>
        <translation>Part des réunions avec chaque groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of meetings (%)</source>
        <translation>Part des réunions (%)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No meeting with: {groups}.</source>
        <translation>Aucune réunion avec&#xa0;: {groups}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every group took part in at least one meeting.</source>
        <translation>Chaque groupe a participé à au moins une réunion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meeting held in this period.</source>
        <translation>Aucune réunion tenue sur cette période.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active delegations by level</source>
        <translation>Délégations actives par niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Experiments started and concluded per quarter</source>
        <translation>Expérimentations lancées et conclues par trimestre</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Started</source>
        <translation>Lancées</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>Concluded</source>
        <translation>Conclues</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Q{number} {year}</source>
        <translation>T{number} {year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries per week</source>
        <translation>Entrées par semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Most written about: {pillars}.</source>
        <translation>Sujets les plus présents&#xa0;: {pillars}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Mood and energy, weekly average</source>
        <translation>Humeur et énergie, moyenne par semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No mood or energy recorded in this period.</source>
        <translation>Ni humeur ni énergie notées sur cette période.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Self-assessment: latest month and three months before</source>
        <translation>Autoévaluation&#xa0;: dernier mois et trois mois avant</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No self-assessment in this period yet.</source>
        <translation>Pas encore d’autoévaluation sur cette période.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest: {month}. Up since three months before: {keys}.</source>
        <translation>Dernière&#xa0;: {month}. En hausse depuis trois mois&#xa0;: {keys}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skill plan actions due in the period</source>
        <translation>Actions des plans de compétences à échéance sur la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>À échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>InsightWords</name>
    <message numerus="yes">
        <location line="+25"/>
        <source>%Ln meeting(s) held; agents took part in {agents}, usagers in {usagers}.</source>
        <translation>
            <numerusform>%Ln réunion tenue&#xa0;; les agents ont participé à {agents}, les usagers à {usagers}.</numerusform>
            <numerusform>%Ln réunions tenues&#xa0;; les agents ont participé à {agents}, les usagers à {usagers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n active delegation(s);</source>
        <translation>
            <numerusform>%n délégation active&#xa0;;</numerusform>
            <numerusform>%n délégations actives&#xa0;;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{up} moved up and {down} down in the period.</source>
        <translation>sur la période, à la hausse&#xa0;: {up}, à la baisse&#xa0;: {down}.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A level lasts %n day(s) (median).</source>
        <translation>
            <numerusform>Un niveau dure %n jour (médiane).</numerusform>
            <numerusform>Un niveau dure %n jours (médiane).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n experiment(s) concluded.</source>
        <translation>
            <numerusform>%n expérimentation conclue.</numerusform>
            <numerusform>%n expérimentations conclues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n did not confirm its hypothesis: learning all the same.</source>
        <translation>
            <numerusform>%n n’a pas confirmé son hypothèse&#xa0;: un apprentissage tout autant.</numerusform>
            <numerusform>%n n’ont pas confirmé leur hypothèse&#xa0;: un apprentissage tout autant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n day(s) from start to learning (median).</source>
        <translation>
            <numerusform>%n jour du lancement à l’apprentissage (médiane).</numerusform>
            <numerusform>%n jours du lancement à l’apprentissage (médiane).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln entry(ies) in the period;</source>
        <translation>
            <numerusform>%Ln entrée sur la période&#xa0;;</numerusform>
            <numerusform>%Ln entrées sur la période&#xa0;;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n week(s) in a row with an entry.</source>
        <translation>
            <numerusform>%n semaine d’affilée avec une entrée.</numerusform>
            <numerusform>%n semaines d’affilée avec une entrée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Recorded in %n week(s) of the period.</source>
        <translation>
            <numerusform>Noté sur %n semaine de la période.</numerusform>
            <numerusform>Noté sur %n semaines de la période.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n action(s) due,</source>
        <translation>
            <numerusform>%n action à échéance,</numerusform>
            <numerusform>%n actions à échéance,</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} done, {late} late.</source>
        <translation>faites&#xa0;: {done}, en retard&#xa0;: {late}.</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../coachapp/ui/insights/insights_view.py" line="+238"/>
        <source>Insights</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since the start</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show as &amp;tables</source>
        <translation>Afficher en &amp;tableaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same figures as tables, for screen readers too</source>
        <translation>Les mêmes chiffres en tableaux, lisibles aussi par les lecteurs d’écran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a PNG or SVG image</source>
        <translation>Enregistrer ce graphique en image PNG ou SVG</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>Images PNG (*.png);;Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save the chart</source>
        <translation>Impossible d’enregistrer le graphique</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../coachapp/context.py" line="+308"/>
        <source>Cannot restore {path}: {reason}</source>
        <translation>Impossible de restaurer {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../coachapp/services/journal/journal.py" line="+165"/>
        <source>Choose a value from 1 to 5, or none.</source>
        <translation>Choisissez une valeur de 1 à 5, ou aucune.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An entry needs a title.</source>
        <translation>Une entrée doit avoir un titre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A title is limited to {limit} characters.</source>
        <translation>Un titre est limité à {limit} caractères.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An entry is limited to {limit} characters.</source>
        <translation>Une entrée est limitée à {limit} caractères.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This entry no longer exists.</source>
        <translation>Cette entrée n’existe plus.</translation>
    </message>
</context>
<context>
    <name>JournalFilters</name>
    <message>
        <location filename="../../coachapp/ui/journal/journal_filters.py" line="+92"/>
        <source>Days written in</source>
        <translation>Jours où vous avez écrit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between two dates</source>
        <translation>Entre deux dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day chosen in the calendar</source>
        <translation>Le jour choisi dans le calendrier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+61"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>JournalGuard</name>
    <message>
        <location filename="../../coachapp/ui/protection/journal_guard.py" line="+86"/>
        <source>P&amp;rotection</source>
        <translation>P&amp;rotection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Protect my journal with a passphrase…</source>
        <translation>&amp;Protéger mon journal par une phrase de passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Changer la phrase de passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;recovery key…</source>
        <translation>Nouvelle clé de &amp;secours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the p&amp;rotection…</source>
        <translation>&amp;Retirer la protection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your organisation requires journals to be protected.</source>
        <translation>Votre organisation exige que les journaux soient protégés.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Backups left &amp;readable (%n)…</source>
        <translation>
            <numerusform>Sauvegarde restée &amp;lisible (%n)…</numerusform>
            <numerusform>Sauvegardes restées &amp;lisibles (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Your journal is protected.</source>
        <translation>Votre journal est protégé.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The passphrase was changed.</source>
        <translation>La phrase de passe a été changée.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Your journal is protected, but %n backup(s) could not be encrypted: anyone who can read your files can read them.</source>
        <translation>
            <numerusform>Votre journal est protégé, mais %n sauvegarde n’a pas pu être chiffrée&#xa0;: quiconque peut lire vos fichiers peut la lire.</numerusform>
            <numerusform>Votre journal est protégé, mais %n sauvegardes n’ont pas pu être chiffrées&#xa0;: quiconque peut lire vos fichiers peut les lire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The passphrase was changed, but the key file of %n backup(s) could not be updated: they may still open with the previous passphrase, or not at all.</source>
        <translation>
            <numerusform>La phrase de passe a été changée, mais le fichier de clé de %n sauvegarde n’a pas pu être mis à jour&#xa0;: elle s’ouvre peut-être encore avec l’ancienne phrase de passe, ou plus du tout.</numerusform>
            <numerusform>La phrase de passe a été changée, mais les fichiers de clé de %n sauvegardes n’ont pas pu être mis à jour&#xa0;: elles s’ouvrent peut-être encore avec l’ancienne phrase de passe, ou plus du tout.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every backup is protected now.</source>
        <translation>Toutes les sauvegardes sont maintenant protégées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups left out</source>
        <translation>Sauvegardes laissées de côté</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n backup(s) deleted.</source>
        <translation>
            <numerusform>%n sauvegarde supprimée.</numerusform>
            <numerusform>%n sauvegardes supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New recovery key</source>
        <translation>Nouvelle clé de secours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your current recovery key will stop working. Type your passphrase to go on.</source>
        <translation>Votre clé de secours actuelle cessera de fonctionner. Tapez votre phrase de passe pour continuer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new key</source>
        <translation>Créer une nouvelle clé</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+6"/>
        <source>Remove the protection</source>
        <translation>Retirer la protection</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Your journal will be stored unencrypted on this workstation: anyone who can read your files can read it. Backups made until now stay protected by the current passphrase.</source>
        <translation>Votre journal sera conservé en clair sur ce poste&#xa0;: quiconque peut lire vos fichiers pourra le lire. Les sauvegardes faites jusqu’ici restent protégées par la phrase de passe actuelle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your journal is no longer protected.</source>
        <translation>Votre journal n’est plus protégé.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>The journal locks in %n second(s) without activity: move the mouse or press a key to keep working.</source>
        <translation>
            <numerusform>Le journal se verrouille dans %n seconde sans activité&#xa0;: bougez la souris ou appuyez sur une touche pour continuer.</numerusform>
            <numerusform>Le journal se verrouille dans %n secondes sans activité&#xa0;: bougez la souris ou appuyez sur une touche pour continuer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../coachapp/ui/journal/journal_view.py" line="+121"/>
        <source>Search the journal (accents optional)</source>
        <translation>Rechercher (accents facultatifs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new entry (Ctrl+N); the arrow offers templates</source>
        <translation>Commencer une nouvelle entrée (Ctrl+N)&#xa0;; la flèche propose des modèles</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No new entry: {reason}</source>
        <translation>Pas de nouvelle entrée&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>KeptEdits</name>
    <message>
        <location filename="../../coachapp/ui/journal/kept_edits.py" line="+54"/>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{title}” is saved now.</source>
        <translation>«&#xa0;{title}&#xa0;» est maintenant enregistrée.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../coachapp/words/labels.py" line="+14"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Encadrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service-user representative</source>
        <translation>Représentant des usagers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elected official</source>
        <translation>Élu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal entry</source>
        <translation>Entrée du journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ritual</source>
        <translation>Rituel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiment</source>
        <translation>Expérimentation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Understand users</source>
        <translation>Comprendre les usagers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Faire connaissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open up ideas</source>
        <translation>Ouvrir les idées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrow down</source>
        <translation>Faire converger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide</source>
        <translation>Décider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflect</source>
        <translation>Prendre du recul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Celebrate</source>
        <translation>Célébrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Managers</source>
        <translation>Encadrants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service users</source>
        <translation>Usagers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elected officials</source>
        <translation>Élus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning: a mistake</source>
        <translation>Apprentissage&#xa0;: une erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning: an incident</source>
        <translation>Apprentissage&#xa0;: un incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning: an insight</source>
        <translation>Apprentissage&#xa0;: une prise de conscience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-to-one with an agent</source>
        <translation>Entretien individuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact with a stakeholder</source>
        <translation>Échange avec une partie prenante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognition</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showcasing a project</source>
        <translation>Valorisation d’un projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change step</source>
        <translation>Étape du changement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Experimentation and risk-taking</source>
        <translation>Expérimentation et prise de risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right to error</source>
        <translation>Droit à l’erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-construction and collective intelligence</source>
        <translation>Co-construction et intelligence collective</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Including every stakeholder</source>
        <translation>Inclusion des parties prenantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporting agents&apos; skills</source>
        <translation>Accompagnement des agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The manager&apos;s role</source>
        <translation>Rôle du manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer attractiveness</source>
        <translation>Marque employeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openness to change, and giving it time</source>
        <translation>Ouverture au changement et temps du changement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 · very low</source>
        <translation>1 · très bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · low</source>
        <translation>2 · bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · even</source>
        <translation>3 · moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 · good</source>
        <translation>4 · bon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · very good</source>
        <translation>5 · très bon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by you</source>
        <translation>Faite par vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before demo data</source>
        <translation>Avant les données de démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before an upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{low} minutes</source>
        <translation>{low} minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{low} to {high} minutes</source>
        <translation>de {low} à {high} minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{low} people or more</source>
        <translation>{low} personnes ou plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{low} to {high} people</source>
        <translation>de {low} à {high} personnes</translation>
    </message>
</context>
<context>
    <name>LastMove</name>
    <message>
        <location filename="../../coachapp/ui/delegations/last_move.py" line="+35"/>
        <source>&amp;Undo</source>
        <translation>Annuler le &amp;déplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo this move (Ctrl+Z on the board)</source>
        <translation>Annuler ce déplacement (Ctrl+Z sur le tableau)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{delegate}: “{area}” is now at {level}.</source>
        <translation>{delegate}&#xa0;: «&#xa0;{area}&#xa0;» est désormais au niveau {level}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo the move of “{area}”</source>
        <translation>Annuler le déplacement de «&#xa0;{area}&#xa0;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move undone</source>
        <translation>Déplacement annulé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{area}” is back at {level}.</source>
        <translation>«&#xa0;{area}&#xa0;»&#xa0;: retour au niveau {level}.</translation>
    </message>
</context>
<context>
    <name>LearningDialog</name>
    <message>
        <location filename="../../coachapp/ui/experiments/learning_dialog.py" line="-81"/>
        <source>Learning card</source>
        <translation>Carte d’apprentissage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; — hypothesis: {believe}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — hypothèse&#xa0;: {believe}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An invalidated hypothesis is a result too: what it taught counts as much as a success.</source>
        <translation>Une hypothèse invalidée est aussi un résultat&#xa0;: ce qu’elle a enseigné compte autant qu’une réussite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>We &amp;learned</source>
        <translation>Nous avons &amp;appris</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>We o&amp;bserved</source>
        <translation>Nous avons &amp;observé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Therefore we will</source>
        <translation>&amp;Donc nous allons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Confidence (1 to 5)</source>
        <translation>&amp;Confiance (de 1 à 5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also keep it in the journal (a learning entry)</source>
        <translation>La garder aussi dans le journal (une entrée d’apprentissage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the next experiment from this one</source>
        <translation>Lancer l’expérimentation suivante à partir de celle-ci</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>We observed</source>
        <translation>Nous avons observé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>We learned</source>
        <translation>Nous avons appris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Therefore we will</source>
        <translation>Donc nous allons</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What “{title}” taught us</source>
        <translation>Ce que «&#xa0;{title}&#xa0;» nous a appris</translation>
    </message>
</context>
<context>
    <name>LevelReasonDialog</name>
    <message>
        <location filename="../../coachapp/ui/delegations/level_reason_dialog.py" line="+75"/>
        <source>Change the level</source>
        <translation>Changer le niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{area}&lt;/b&gt; — delegated to {delegate}</source>
        <translation>&lt;b&gt;{area}&lt;/b&gt; — déléguée à {delegate}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From {old} to {new}</source>
        <translation>De {old} à {new}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{meaning} Next check-in: {date}.</source>
        <translation>{meaning} Prochain point d’étape&#xa0;: {date}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Why does the level change?</source>
        <translation>&amp;Pourquoi le niveau change-t-il&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required: it is kept in the delegation’s history</source>
        <translation>Obligatoire&#xa0;: elle est conservée dans l’historique de la délégation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change level</source>
        <translation>&amp;Changer de niveau</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="../../coachapp/instance_lock.py" line="+42"/>
        <source>CoachApp is already running with this data folder (process {pid}). Use that window, or close it first.</source>
        <translation>CoachApp est déjà ouvert avec ce dossier de données (processus {pid}). Utilisez cette fenêtre, ou fermez-la d’abord.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../coachapp/ui/protection/lock_screen.py" line="+89"/>
        <source>CoachApp is locked</source>
        <translation>CoachApp est verrouillé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your passphrase, or your recovery key, to open your journal again.</source>
        <translation>Tapez votre phrase de passe, ou votre clé de secours, pour rouvrir votre journal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Passphrase or recovery key</source>
        <translation>Phrase de passe ou clé de secours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coachapp/ui/shell/main_window.py" line="+313"/>
        <source>CoachApp</source>
        <translation>CoachApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan a r&amp;itual…</source>
        <translation>Planifier un r&amp;ituel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;delegation…</source>
        <translation>Nouvelle délé&amp;gation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New e&amp;xperiment…</source>
        <translation>Nouvelle e&amp;xpérimentation…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;mport a journal or a coach&apos;s feedback…</source>
        <translation>Impor&amp;ter un journal ou un retour de coach…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a journal for re&amp;view…</source>
        <translation>Ou&amp;vrir un journal à relire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I have s&amp;hared…</source>
        <translation>&amp;Historique des partages…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;data folder</source>
        <translation>Ouvrir le &amp;dossier de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal technique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CoachApp</source>
        <translation>À &amp;propos de CoachApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rituals</source>
        <translation>Rituels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiments</source>
        <translation>Expérimentations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insights</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Areas</source>
        <translation>Espaces de l’application</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trash ({count})</source>
        <translation>Corbeille ({count})</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>“{title}” moved to the trash.</source>
        <translation>«&#xa0;{title}&#xa0;» mise à la corbeille.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{title}” is back.</source>
        <translation>«&#xa0;{title}&#xa0;» est de retour.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Parts of the machine policy were skipped (see the log); the rest applies.</source>
        <translation>Une partie de la stratégie du poste a été ignorée (voir le journal technique)&#xa0;; le reste s’applique.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some of what you typed could not be saved yet (see the message above the entry). Quit anyway and lose it?</source>
        <translation>Une partie de ce que vous avez tapé n’a pas encore pu être enregistrée (voir le message au-dessus de l’entrée). Quitter quand même et la perdre&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit without saving</source>
        <translation>Quitter sans enregistrer</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Last backup: {date}</source>
        <translation>Dernière sauvegarde&#xa0;: {date}</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>CoachApp · {organisation}</source>
        <translation>CoachApp · {organisation}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New entry</source>
        <translation>&amp;Nouvelle entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;person…</source>
        <translation>Nouvelle &amp;personne…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Templates…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>No backup yet</source>
        <translation>Aucune sauvegarde pour l’instant</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>&lt;h3&gt;CoachApp {version}&lt;/h3&gt;&lt;p&gt;A companion for managers who practise a new management model: experimentation, right to error, co-construction, delegation.&lt;/p&gt;&lt;p&gt;Your journal stays on this computer. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;Data folder: &lt;a href=&apos;{data_url}&apos;&gt;{data}&lt;/a&gt;&lt;br&gt;Log folder: &lt;a href=&apos;{logs_url}&apos;&gt;{logs}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;To report a problem, describe what you did and attach the log file &lt;tt&gt;coachapp.log&lt;/tt&gt; from the log folder: {tracker}&lt;/p&gt;&lt;p&gt;Licence: {licence}. Qt {qt}, PySide6 {pyside}.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CoachApp {version}&lt;/h3&gt;&lt;p&gt;Un compagnon pour les managers qui pratiquent un nouveau modèle de management&#xa0;: expérimentation, droit à l’erreur, co-construction, délégation.&lt;/p&gt;&lt;p&gt;Votre journal reste sur cet ordinateur. Rien n’est envoyé nulle part.&lt;/p&gt;&lt;p&gt;Dossier de données&#xa0;: &lt;a href=&apos;{data_url}&apos;&gt;{data}&lt;/a&gt;&lt;br&gt;Dossier du journal technique&#xa0;: &lt;a href=&apos;{logs_url}&apos;&gt;{logs}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Pour signaler un problème, décrivez ce que vous avez fait et joignez le journal technique &lt;tt&gt;coachapp.log&lt;/tt&gt;, présent dans son dossier&#xa0;: {tracker}&lt;/p&gt;&lt;p&gt;Licence&#xa0;: {licence}. Qt {qt}, PySide6 {pyside}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About CoachApp</source>
        <translation>À propos de CoachApp</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <location filename="../../coachapp/ui/common/markdown_edit.py" line="-71"/>
        <source>link</source>
        <translation>lien</translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <location filename="../../coachapp/ui/rituals/meeting_actions.py" line="+74"/>
        <source>Follow-up actions (with those still open)</source>
        <translation>Actions de suivi (et celles encore ouvertes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new action, then Enter</source>
        <translation>Une nouvelle action, puis Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does it</source>
        <translation>Qui s’en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Nobody yet</source>
        <translation>Personne pour l’instant</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Still open from the meeting of {date}</source>
        <translation>Encore ouverte depuis la réunion du {date}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../coachapp/ui/common/messages.py" line="+30"/>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
</context>
<context>
    <name>MethodEditor</name>
    <message>
        <location filename="../../coachapp/ui/rituals/method_editor.py" line="+169"/>
        <source>New method</source>
        <translation>Nouvelle méthode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the method</source>
        <translation>Modifier la méthode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A version left empty uses the text of the other one until you translate it.</source>
        <translation>Une version laissée vide reprend le texte de l’autre jusqu’à ce que vous la traduisiez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is &amp;for</source>
        <translation>À &amp;quoi elle sert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;teps, one per line</source>
        <translation>É&amp;tapes, une par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Materials, one per line</source>
        <translation>&amp;Matériel, un par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource or inspiration</source>
        <translation>S&amp;ource ou inspiration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A sentence or two: when to use it, what it brings.</source>
        <translation>Une ou deux phrases&#xa0;: quand l’utiliser, ce qu’elle apporte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three to eight steps, in the order they happen.</source>
        <translation>Trois à huit étapes, dans l’ordre où elles se déroulent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A book, a training, a colleague, or “My own”</source>
        <translation>Un livre, une formation, un collègue, ou «&#xa0;Personnelle&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes (one to three)</source>
        <translation>Objectifs (un à trois)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pillars it serves</source>
        <translation>Piliers qu’elle sert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duration</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group size</source>
        <translation>Taille du &amp;groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortest duration</source>
        <translation>Durée la plus courte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest duration</source>
        <translation>Durée la plus longue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest people</source>
        <translation>Nombre minimal de personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most people</source>
        <translation>Nombre maximal de personnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration and group size are my estimates</source>
        <translation>La durée et la taille du groupe sont mes estimations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>Methods</name>
    <message>
        <location filename="../../coachapp/services/rituals/own_methods.py" line="+36"/>
        <source>This method cannot be saved: {problem}</source>
        <translation>Cette méthode ne peut pas être enregistrée&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../coachapp/services/rituals/method_drafts.py" line="+113"/>
        <source>A method needs a name of {low} to {high} characters.</source>
        <translation>Une méthode a besoin d’un nom de {low} à {high} caractères.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say in a sentence or two what the method is for ({low} to {high} characters).</source>
        <translation>Dites en une ou deux phrases à quoi sert la méthode (de {low} à {high} caractères).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List {low} to {high} steps, one per line.</source>
        <translation>Indiquez de {low} à {high} étapes, une par ligne.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Each step takes {low} to {high} characters: “{step}”.</source>
        <translation>Chaque étape compte de {low} à {high} caractères&#xa0;: «&#xa0;{step}&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List at most {high} materials, one per line.</source>
        <translation>Indiquez au plus {high} éléments de matériel, un par ligne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each material takes {low} to {high} characters: “{material}”.</source>
        <translation>Chaque élément de matériel compte de {low} à {high} caractères&#xa0;: «&#xa0;{material}&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say where the method comes from ({low} to {high} characters).</source>
        <translation>Dites d’où vient la méthode (de {low} à {high} caractères).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A method needs a name.</source>
        <translation>Une méthode a besoin d’un nom.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The French version has {fr} steps and the English version {en}: give both the same steps.</source>
        <translation>La version française a {fr} étapes et la version anglaise {en}&#xa0;: donnez-leur les mêmes étapes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose one to {high} purposes.</source>
        <translation>Choisissez de un à {high} objectifs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one pillar it serves.</source>
        <translation>Choisissez au moins un pilier qu’elle sert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duration goes from {low} to {high} minutes, shortest first.</source>
        <translation>La durée va de {low} à {high} minutes, la plus courte d’abord.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The group goes from {low} to {high} people, smallest first.</source>
        <translation>Le groupe va de {low} à {high} personnes, le plus petit nombre d’abord.</translation>
    </message>
</context>
<context>
    <name>MethodsBrowser</name>
    <message>
        <location filename="../../coachapp/ui/rituals/methods_browser.py" line="+163"/>
        <source>I want to</source>
        <translation>Je veux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time I have</source>
        <translation>Temps disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+15"/>
        <source>Any situation</source>
        <translation>Toutes les situations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any purpose</source>
        <translation>Tous les objectifs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any pillar</source>
        <translation>Tous les piliers</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <location line="-1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the methods</source>
        <translation>Rechercher une méthode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan a ritual with this method</source>
        <translation>Planifier un rituel avec cette méthode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New method…</source>
        <translation>&amp;Nouvelle méthode…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down a method of your own</source>
        <translation>Noter une méthode à vous</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n method(s)</source>
        <translation>
            <numerusform>%n méthode</numerusform>
            <numerusform>%n méthodes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keep your own version of this method</source>
        <translation>Garder votre propre version de cette méthode</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+69"/>
        <source>Back to the original</source>
        <translation>Revenir à l’original</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Ada&amp;pt…</source>
        <translation>Ada&amp;pter…</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen method</source>
        <translation>La méthode choisie</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Edi&amp;t…</source>
        <translation>M&amp;odifier…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No method fits these choices.</source>
        <translation>Aucune méthode ne correspond à ces choix.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duration or size estimated</source>
        <translation>durée ou taille estimée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your version</source>
        <translation>votre version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your method</source>
        <translation>votre méthode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from your organisation</source>
        <translation>fournie par votre organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Materials</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pillars</source>
        <translation>Piliers</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>My own method</source>
        <translation>Méthode personnelle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Method “{name}” saved.</source>
        <translation>Méthode «&#xa0;{name}&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Go back to the original “{name}”? Your changes to it will be lost.</source>
        <translation>Revenir à l’original de «&#xa0;{name}&#xa0;»&#xa0;? Vos modifications seront perdues.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete your method “{name}”? Rituals planned with it keep their agenda.</source>
        <translation>Supprimer votre méthode «&#xa0;{name}&#xa0;»&#xa0;? Les rituels planifiés avec elle gardent leur ordre du jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your method</source>
        <translation>Votre méthode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Method “{name}” removed.</source>
        <translation>Méthode «&#xa0;{name}&#xa0;» retirée.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../coachapp/ui/shell/navigator.py" line="+115"/>
        <source>Debrief: {title}, {date}</source>
        <translation>Retour sur&#xa0;: {title}, {date}</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../coachapp/ui/people/new_person_dialog.py" line="+29"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is already in your list of people{where}. Add another person?</source>
        <translation>{name} figure déjà dans votre liste de personnes{where}. Ajouter une autre personne&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same name</source>
        <translation>Homonyme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add anyway</source>
        <translation>Ajouter quand même</translation>
    </message>
</context>
<context>
    <name>OccurrencePanel</name>
    <message>
        <location filename="../../coachapp/ui/rituals/occurrence_panel.py" line="+230"/>
        <source>Choose a meeting in the list, or plan a ritual.</source>
        <translation>Choisissez une réunion dans la liste, ou planifiez un rituel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who took part</source>
        <translation>Qui a participé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal entries about this ritual</source>
        <translation>Entrées du journal sur ce rituel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the debrief</source>
        <translation>Écrire le retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start an experiment…</source>
        <translation>Lancer une expérimentation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An experiment that came out of this meeting, with who took part</source>
        <translation>Une expérimentation née de cette réunion, avec celles et ceux qui y ont participé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the ritual…</source>
        <translation>Modifier le rituel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar file…</source>
        <translation>Fichier d’agenda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the ritual to trash</source>
        <translation>Mettre le rituel à la corbeille</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>repeats</source>
        <translation>se répète</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <location filename="../../coachapp/ui/onboarding/onboarding.py" line="+101"/>
        <source>Explore an &amp;example journal…</source>
        <translation>Explorer un journal d’&amp;exemple…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fictional service&apos;s journal, in a folder of its own, apart from yours</source>
        <translation>Le journal d’un service fictif, dans un dossier à part, loin du vôtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Setup assistant…</source>
        <translation>&amp;Assistant de démarrage…</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n person(s) added to People.</source>
        <translation>
            <numerusform>%n personne ajoutée aux Personnes.</numerusform>
            <numerusform>%n personnes ajoutées aux Personnes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Explore an example journal</source>
        <translation>Explorer un journal d’exemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The example journal of a fictional service opens in place of yours, from a folder of its own: nothing done there reaches your journal. The banner at the top brings you back in one click.</source>
        <translation>Le journal d’exemple d’un service fictif s’ouvre à la place du vôtre, depuis un dossier à part&#xa0;: rien de ce qui s’y fait n’atteint votre journal. Le bandeau en haut vous ramène en un clic.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the example</source>
        <translation>Ouvrir l’exemple</translation>
    </message>
</context>
<context>
    <name>OpenActions</name>
    <message>
        <location filename="../../coachapp/ui/rituals/open_actions.py" line="+31"/>
        <source>Open follow-up actions</source>
        <translation>Actions de suivi en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ritual</source>
        <translation>Rituel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{date} (overdue)</source>
        <translation>{date} (en retard)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../coachapp/ui/coaching/overview_model.py" line="+26"/>
        <source>Coachee</source>
        <translation>Coaché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period covered</source>
        <translation>Période couverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last export</source>
        <translation>Dernier export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries a week</source>
        <translation>Entrées par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pillars</source>
        <translation>Piliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rituals held</source>
        <translation>Rituels tenus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation moves</source>
        <translation>Délégations bougées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiments concluded</source>
        <translation>Expérimentations conclues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-assessment</source>
        <translation>Autoévaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback waiting</source>
        <translation>Retours en attente</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../coachapp/ui/coaching/overview_page.py" line="+99"/>
        <location line="+16"/>
        <source>Coachees</source>
        <translation>Coachés</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Each manager you coach, from the exports they send you. Their exports stay in your portfolio, apart from each other and from your own journal; the figures cover the eight weeks before each one&apos;s latest export.</source>
        <translation>Chaque manager que vous accompagnez, à partir des exports qu’il vous envoie. Ses exports restent dans votre portefeuille, à part de ceux des autres et de votre propre journal&#xa0;; les chiffres couvrent les huit semaines qui précèdent son dernier export.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add a coachee&apos;s export…</source>
        <translation>&amp;Ajouter l’export d’un coaché…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention first</source>
        <translation>Ceux à suivre d’abord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By name</source>
        <translation>Par nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest without an export first</source>
        <translation>Sans export depuis le plus longtemps d’abord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longest without a session first</source>
        <translation>Sans séance depuis le plus longtemps d’abord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No coachee yet. When a manager sends you their journal export (the CoachApp .json file), add it here: it goes to your portfolio, never into your journal.</source>
        <translation>Aucun coaché pour l’instant. Quand un manager vous envoie l’export de son journal (le fichier .json de CoachApp), ajoutez-le ici&#xa0;: il va dans votre portefeuille, jamais dans votre journal.</translation>
    </message>
</context>
<context>
    <name>OverviewWords</name>
    <message>
        <location filename="../../coachapp/ui/coaching/overview_model.py" line="+128"/>
        <source>{what}: {count}</source>
        <translation>{what}&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next: {day}</source>
        <translation>prochaine&#xa0;: {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} of 8</source>
        <translation>{count} sur 8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} up</source>
        <translation>{count} en hausse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} down</source>
        <translation>{count} en baisse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>up {points}</source>
        <translation>en hausse de {points}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down {points}</source>
        <translation>en baisse de {points}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With: {groups}</source>
        <translation>Avec&#xa0;: {groups}</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../coachapp/services/people/people.py" line="+94"/>
        <source>A person needs a name.</source>
        <translation>Une personne doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This field is limited to {limit} characters.</source>
        <translation>Ce champ est limité à {limit} caractères.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes are limited to {limit} characters.</source>
        <translation>Les notes sont limitées à {limit} caractères.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This person no longer exists.</source>
        <translation>Cette personne n’existe plus.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../coachapp/ui/people/people_model.py" line="+23"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (inactive)</source>
        <translation>{name} (inactif)</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../coachapp/ui/people/people_view.py" line="+165"/>
        <source>Search by name, role, team or notes</source>
        <translation>Rechercher par nom, fonction, équipe ou notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of person</source>
        <translation>Type de personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show inactive</source>
        <translation>Afficher les inactifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the journal holds on them…</source>
        <translation>Ce que le journal contient sur elle ou lui…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything about the selected person, as a file they can read</source>
        <translation>Tout ce qui concerne la personne choisie, dans un fichier qu’elle peut lire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a person (Ctrl+Shift+N)</source>
        <translation>Ajouter une personne (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this person…</source>
        <translation>Effacer cette personne…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase the selected person for good, and their name everywhere in the journal</source>
        <translation>Effacer définitivement la personne choisie, et son nom partout dans le journal</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot erase</source>
        <translation>Effacement impossible</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Erased: the journal now calls them “{alias}”.</source>
        <translation>Personne effacée&#xa0;: le journal la nomme désormais «&#xa0;{alias}&#xa0;».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{name} added.</source>
        <translation>Personne ajoutée&#xa0;: {name}.</translation>
    </message>
</context>
<context>
    <name>PeriodChoice</name>
    <message>
        <location filename="../../coachapp/ui/common/widgets.py" line="+161"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last 3 months</source>
        <translation>Les 3 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 12 months</source>
        <translation>Les 12 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 5 years</source>
        <translation>Les 5 dernières années</translation>
    </message>
</context>
<context>
    <name>PersonActivity</name>
    <message>
        <location filename="../../coachapp/ui/people/person_activity.py" line="+62"/>
        <location line="+1"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it stands</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Experiment</source>
        <translation>Expérimentation</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;Journal entries about them&lt;/b&gt; (%n)</source>
        <translation>
            <numerusform>&lt;b&gt;Entrée du journal sur cette personne&lt;/b&gt; (%n)</numerusform>
            <numerusform>&lt;b&gt;Entrées du journal sur cette personne&lt;/b&gt; (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Meetings they took part in&lt;/b&gt; (%n)</source>
        <translation>
            <numerusform>&lt;b&gt;Réunion avec cette personne&lt;/b&gt; (%n)</numerusform>
            <numerusform>&lt;b&gt;Réunions avec cette personne&lt;/b&gt; (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;Experiments they lead or take part in&lt;/b&gt; (%n)</source>
        <translation>
            <numerusform>&lt;b&gt;Expérimentation pilotée par cette personne ou avec sa participation&lt;/b&gt; (%n)</numerusform>
            <numerusform>&lt;b&gt;Expérimentations pilotées par cette personne ou avec sa participation&lt;/b&gt; (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../coachapp/ui/people/person_editor.py" line="+163"/>
        <source>Added {created} · updated {updated}</source>
        <translation>Fiche créée le {created} · modifiée le {updated}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark as inactive</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as active</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inactive people stay in your journal but leave the default list.</source>
        <translation>Les personnes inactives restent dans votre journal mais n’apparaissent plus dans la liste par défaut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+109"/>
        <location line="+1"/>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>&amp;Details</source>
        <translation>&amp;Informations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Growth</source>
        <translation>Dé&amp;veloppement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Journal and meetings</source>
        <translation>&amp;Journal et réunions</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Another person already has this name: {name}.</source>
        <translation>Une autre personne porte déjà ce nom&#xa0;: {name}.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Select a person in the list, or add one with Ctrl+Shift+N.</source>
        <translation>Sélectionnez une personne dans la liste, ou ajoutez-en une avec Ctrl+Maj+N.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{reason} The name “{name}” was kept.</source>
        <translation>{reason} Le nom «&#xa0;{name}&#xa0;» a été conservé.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n active delegation(s)</source>
        <translation>
            <numerusform>%n délégation en cours</numerusform>
            <numerusform>%n délégations en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n skill(s) in their plan</source>
        <translation>
            <numerusform>%n compétence dans son plan</numerusform>
            <numerusform>%n compétences dans son plan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has {held}. They go to the trash with {name} and come back if you restore them; deleting {name} for good from the trash deletes them too.</source>
        <translation>{name} a {held}. Elles iront à la corbeille avec {name} et en reviendront si vous les restaurez&#xa0;; supprimer définitivement {name} de la corbeille les supprimera aussi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} moved to the trash.</source>
        <translation>Personne mise à la corbeille&#xa0;: {name}.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../coachapp/ui/people/person_form.py" line="+82"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Role</source>
        <translation>Fon&amp;ction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arr&amp;ived on</source>
        <translation>Date d’a&amp;rrivée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What matters in working with this person: strengths, wishes, context.</source>
        <translation>Ce qui compte pour travailler avec cette personne&#xa0;: points forts, souhaits, contexte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: front-desk agent, deputy mayor</source>
        <translation>Par exemple&#xa0;: agent d’accueil, adjoint au maire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team or service</source>
        <translation>Équipe ou service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival date known</source>
        <translation>Date d’arrivée connue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival date</source>
        <translation>Date d’arrivée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day this person joined your team or took up their post. Leave it unticked if you do not know it: suggestions for someone&apos;s first weeks go by this day.</source>
        <translation>Le jour où cette personne a rejoint votre équipe ou pris son poste. Laissez la case décochée si vous ne le connaissez pas&#xa0;: les suggestions pour les premières semaines s’appuient sur ce jour.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>PersonGrowth</name>
    <message>
        <location filename="../../coachapp/ui/people/person_growth.py" line="+98"/>
        <source>&lt;b&gt;Delegations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Délégations&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New delegation…</source>
        <translation>Nouvelle délégation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Skill plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plan de compétences&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a &amp;skill…</source>
        <translation>Ajouter une co&amp;mpétence…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>check-in overdue since {date}</source>
        <translation>point d’étape en retard depuis le {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next check-in {date}</source>
        <translation>prochain point d’étape le {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check-in overdue</source>
        <translation>Point d’étape en retard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reached</source>
        <translation>atteint</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{done} of %n action(s) done</source>
        <translation>
            <numerusform>{done} sur %n action réalisée</numerusform>
            <numerusform>{done} sur %n actions réalisées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>by {date}</source>
        <translation>pour le {date}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Skill “{name}” saved.</source>
        <translation>Compétence «&#xa0;{name}&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the skill “{name}” and its actions to the trash?</source>
        <translation>Mettre la compétence «&#xa0;{name}&#xa0;» et ses actions à la corbeille&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skill plan</source>
        <translation>Plan de compétences</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” moved to the trash.</source>
        <translation>Compétence «&#xa0;{name}&#xa0;» mise à la corbeille.</translation>
    </message>
</context>
<context>
    <name>PersonSharedWords</name>
    <message>
        <location filename="../../coachapp/words/sharing.py" line="+20"/>
        <source>The journal records what each export held (its period, its parts, whether private entries and real names were in it), not which people it named. Listed here is every export written since {day}, when the journal first held something about {name}: each may have carried their data, as far as its period and parts reach, and every coach feedback brought in on one of them.</source>
        <translation>Le journal note ce que chaque export contenait (sa période, ses parties, s’il comprenait les entrées privées et les vrais noms), pas les personnes qu’il nommait. Voici chaque export écrit depuis le {day}, date à laquelle le journal a commencé à contenir quelque chose sur {name}&#xa0;: chacun a pu emporter ses données, dans la limite de sa période et de ses parties, ainsi que chaque retour du coach reçu sur l’un d’eux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How this list is made</source>
        <translation>Comment cette liste est établie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing shared</source>
        <translation>Rien de partagé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No export since {day}.</source>
        <translation>Aucun export depuis le {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared outside this workstation</source>
        <translation>Partagé hors de ce poste</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>File: {file}</source>
        <translation>Fichier&#xa0;: {file}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>entries from {first} to {last}</source>
        <translation>entrées du {first} au {last}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entries of any date</source>
        <translation>entrées de toutes dates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>names replaced by aliases</source>
        <translation>noms remplacés par des alias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>names as written</source>
        <translation>noms tels qu’écrits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private entries included</source>
        <translation>entrées privées incluses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>private entries left out</source>
        <translation>entrées privées exclues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts: {parts}</source>
        <translation>Parties&#xa0;: {parts}</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message numerus="yes">
        <location filename="../../coachapp/i18n.py" line="+153"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the {team} team</source>
        <translation>l’équipe {team}</translation>
    </message>
</context>
<context>
    <name>Poker</name>
    <message>
        <location filename="../../coachapp/services/delegations/poker.py" line="+77"/>
        <source>Record at least one participant&apos;s card.</source>
        <translation>Notez la carte d’au moins un participant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A round takes at most {high} players.</source>
        <translation>Un tour accueille au plus {high} joueurs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every card needs the player&apos;s name.</source>
        <translation>Chaque carte a besoin du nom de son joueur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} shows two cards: keep one.</source>
        <translation>{name} montre deux cartes&#xa0;: gardez-en une.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cards go from 1 to 7.</source>
        <translation>Les cartes vont de 1 à 7.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Say which case the team played.</source>
        <translation>Indiquez le cas joué par l’équipe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the case under {high} characters.</source>
        <translation>Le cas doit faire moins de {high} caractères.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the level the team agreed on.</source>
        <translation>Choisissez le niveau sur lequel l’équipe s’est accordée.</translation>
    </message>
</context>
<context>
    <name>PokerPanel</name>
    <message>
        <location filename="../../coachapp/ui/delegations/poker_panel.py" line="+197"/>
        <source>&amp;Case</source>
        <translation>&amp;Cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;For the delegation</source>
        <translation>Pour &amp;la délégation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agreed level</source>
        <translation>&amp;Niveau convenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decision the team plays, in a sentence</source>
        <translation>La décision mise en jeu par l’équipe, en une phrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Player</source>
        <translation>Joueur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;player</source>
        <translation>Ajouter un &amp;joueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the &amp;team</source>
        <translation>Ajouter l’é&amp;quipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Ret&amp;irer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the &amp;spread</source>
        <translation>&amp;Voir l’écart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record the round</source>
        <translation>Valider le to&amp;ur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Rounds played&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tours joués&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Players and their cards</source>
        <translation>Joueurs et leurs cartes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team to add</source>
        <translation>Équipe à ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>None: just keep the round</source>
        <translation>Aucune&#xa0;: conserver seulement le tour</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Add the players and the card each one shows.</source>
        <translation>Ajoutez les joueurs et la carte que chacun montre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everyone shows {level}: the team agrees.</source>
        <translation>Tout le monde montre {level}&#xa0;: l’équipe est d’accord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cards from {low} to {high}. {lowest} (lowest) and {highest} (highest) say why, then the team plays again.</source>
        <translation>Cartes de {low} à {high}. {lowest} (la plus basse) et {highest} (la plus haute) expliquent pourquoi, puis l’équipe rejoue.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Round recorded: “{area}” is now at {level}.</source>
        <translation>Tour enregistré&#xa0;: «&#xa0;{area}&#xa0;» est désormais au niveau {level}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Round recorded.</source>
        <translation>Tour enregistré.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../coachapp/ui/settings/preferences.py" line="+174"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every:</source>
        <translation>&amp;Périodicité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep:</source>
        <translation>&amp;Conserver&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Same as the system</source>
        <translation>Identique au système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ock a protected journal after:</source>
        <translation>&amp;Verrouiller un journal protégé après&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when I ask (Ctrl+Shift+K)</source>
        <translation>Seulement à ma demande (Ctrl+Maj+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the &amp;Coaching area: follow managers you coach from their exports</source>
        <translation>Afficher l’espace &amp;Coaching&#xa0;: suivre les managers que vous accompagnez à partir de leurs exports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestions you asked not to see again</source>
        <translation>Suggestions que vous avez écartées pour de bon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show them a&amp;gain</source>
        <translation>Les &amp;montrer de nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check-ins due</source>
        <translation>Points d’étape &amp;dus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meetings about to start</source>
        <translation>&amp;Réunions sur le point de commencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xperiment reviews due</source>
        <translation>Bilans d’e&amp;xpérimentation attendus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings: &amp;warn</source>
        <translation>Réunions&#xa0;: pré&amp;venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quiet hours: from</source>
        <translation>&amp;Heures calmes&#xa0;: de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min before</source>
        <translation> min avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&#x202f;% of the system&apos;s</source>
        <translation>&#x202f;% de la taille du système</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>your IT department</source>
        <translation>votre service informatique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set by {who} through this computer&apos;s Group Policy; it cannot be changed here.</source>
        <translation>Réglé par {who} via la stratégie de groupe de cet ordinateur&#xa0;; il ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set by {who} through your account&apos;s Group Policy; it cannot be changed here.</source>
        <translation>Réglé par {who} via la stratégie de groupe de votre compte&#xa0;; il ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set by {who} in this workstation&apos;s policy file; it cannot be changed here.</source>
        <translation>Réglé par {who} dans le fichier de stratégie de ce poste&#xa0;; il ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some settings are managed for this workstation (greyed below).</source>
        <translation>Certains réglages sont gérés pour ce poste (grisés ci-dessous).</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> heure</numerusform>
            <numerusform> heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> backup(s)</source>
        <translation>
            <numerusform> sauvegarde</numerusform>
            <numerusform> sauvegardes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> idle minute(s)</source>
        <translation>
            <numerusform> minute d’inactivité</numerusform>
            <numerusform> minutes d’inactivité</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreparationTab</name>
    <message>
        <location filename="../../coachapp/ui/coaching/preparation_tab.py" line="+47"/>
        <source>Preparation sheet</source>
        <translation>Fiche de préparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as a &amp;web page…</source>
        <translation>Enregistrer en page &amp;web…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the preparation sheet for {name}</source>
        <translation>Enregistrer la fiche de préparation pour {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write the sheet</source>
        <translation>Impossible d’écrire la fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Le fichier {path} n’a pas pu être écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparation sheet written to {name}.</source>
        <translation>Fiche de préparation écrite dans {name}.</translation>
    </message>
</context>
<context>
    <name>PreviewWords</name>
    <message>
        <location filename="../../coachapp/words/exports.py" line="+18"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rituals</source>
        <translation>Rituels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill plans</source>
        <translation>Plans de compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiments</source>
        <translation>Expérimentations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My methods</source>
        <translation>Mes méthodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-assessment</source>
        <translation>Autoévaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I did with the prompts</source>
        <translation>Suites données aux suggestions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach feedback</source>
        <translation>Retours du coach</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln journal entry(ies)</source>
        <translation>
            <numerusform>%Ln entrée du journal</numerusform>
            <numerusform>%Ln entrées du journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln ritual(s)</source>
        <translation>
            <numerusform>%Ln rituel</numerusform>
            <numerusform>%Ln rituels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln delegation(s)</source>
        <translation>
            <numerusform>%Ln délégation</numerusform>
            <numerusform>%Ln délégations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln skill plan(s)</source>
        <translation>
            <numerusform>%Ln plan de compétences</numerusform>
            <numerusform>%Ln plans de compétences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln experiment(s)</source>
        <translation>
            <numerusform>%Ln expérimentation</numerusform>
            <numerusform>%Ln expérimentations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln method(s) of my own</source>
        <translation>
            <numerusform>%Ln méthode personnelle</numerusform>
            <numerusform>%Ln méthodes personnelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln month(s) of self-assessment</source>
        <translation>
            <numerusform>%Ln mois d’autoévaluation</numerusform>
            <numerusform>%Ln mois d’autoévaluation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln prompt(s) acted on, snoozed or dismissed</source>
        <translation>
            <numerusform>%Ln suggestion suivie, reportée ou écartée</numerusform>
            <numerusform>%Ln suggestions suivies, reportées ou écartées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln comment(s) from a coach</source>
        <translation>
            <numerusform>%Ln commentaire d’un coach</numerusform>
            <numerusform>%Ln commentaires d’un coach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln private entry(ies) of the period stay here.</source>
        <translation>
            <numerusform>%Ln entrée privée de la période reste ici.</numerusform>
            <numerusform>%Ln entrées privées de la période restent ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The names of %Ln person(s) are replaced by aliases, in every text.</source>
        <translation>
            <numerusform>Le nom de %Ln personne est remplacé par un alias, dans tous les textes.</numerusform>
            <numerusform>Les noms de %Ln personnes sont remplacés par des alias, dans tous les textes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Names appear as you wrote them (%Ln person(s) in your journal).</source>
        <translation>
            <numerusform>Les noms apparaissent tels que vous les avez écrits (%Ln personne dans votre journal).</numerusform>
            <numerusform>Les noms apparaissent tels que vous les avez écrits (%Ln personnes dans votre journal).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported to {name} (%Ln entry(ies)).</source>
        <translation>
            <numerusform>Exporté dans {name} (%Ln entrée).</numerusform>
            <numerusform>Exporté dans {name} (%Ln entrées).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemReport</name>
    <message>
        <location filename="../../coachapp/ui/guide/report.py" line="+43"/>
        <source>protected by a passphrase</source>
        <translation>protégé par une phrase de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not protected</source>
        <translation>non protégé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CoachApp {version}: problem report</source>
        <translation>CoachApp {version}&#xa0;: signalement d’un problème</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journal: format {version}, {protected}; entries: {entries}, people: {people}</source>
        <translation>Journal&#xa0;: format {version}, {protected}&#xa0;; entrées&#xa0;: {entries}, personnes&#xa0;: {people}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Self-test while the journal is open:</source>
        <translation>Autotest pendant que le journal est ouvert&#xa0;:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version of CoachApp and a check of its installation are copied. Paste them in your message, with what you did and what you saw, and send it to: {tracker}

They hold no text of your journal. The log file (Help &gt; Open the log folder) can help too.</source>
        <translation>La version de CoachApp et un contrôle de son installation sont copiés. Collez-les dans votre message, avec ce que vous avez fait et ce que vous avez vu, et envoyez-le à&#xa0;: {tracker}

Ils ne contiennent aucun texte de votre journal. Le journal technique (Aide &gt; Ouvrir le dossier du journal technique) peut aussi aider.</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <location filename="../../coachapp/ui/today/prompt_card.py" line="+101"/>
        <source>Do it</source>
        <translation>Y aller</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In a week</source>
        <translation>Dans une semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a month</source>
        <translation>Dans un mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a day…</source>
        <translation>Choisir un jour…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Don&apos;t show this kind again</source>
        <translation>Ne plus proposer ce type de suggestion</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Hide the list</source>
        <translation>Masquer la liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the list</source>
        <translation>Afficher la liste</translation>
    </message>
</context>
<context>
    <name>PromptsSummary</name>
    <message numerus="yes">
        <location filename="../../coachapp/cli.py" line="+301"/>
        <source>%n prompt(s) on {day}</source>
        <translation>
            <numerusform>%n suggestion le {day}</numerusform>
            <numerusform>%n suggestions le {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <location filename="../../coachapp/ui/protection/protection_dialogs.py" line="-80"/>
        <source>Your journal will be encrypted on this workstation with a passphrase: without it, nobody can read the journal file or its backups.

A forgotten passphrase cannot be recovered, not even by your IT department. CoachApp will give you a recovery key to print and keep apart from the workstation: it is the only other way in.</source>
        <translation>Votre journal sera chiffré sur ce poste avec une phrase de passe&#xa0;: sans elle, personne ne peut lire le fichier du journal ni ses sauvegardes.

Une phrase de passe oubliée ne peut pas être retrouvée, pas même par votre service informatique. CoachApp vous donnera une clé de secours à imprimer et à garder loin du poste&#xa0;: c’est le seul autre moyen d’ouvrir le journal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your organisation requires journals to be protected.</source>
        <translation>Votre organisation exige que les journaux soient protégés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect my journal</source>
        <translation>Protéger mon journal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protect</source>
        <translation>Protéger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it again:</source>
        <translation>Tapez-la à nouveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least {count} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Au moins {count} caractères. Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location filename="../../coachapp/protection.py" line="+106"/>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>La phrase de passe doit compter au moins {count} caractères.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The journal is already protected.</source>
        <translation>Le journal est déjà protégé.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The journal is not protected.</source>
        <translation>Le journal n’est pas protégé.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Cannot delete the backup {path}: {reason}</source>
        <translation>Impossible de supprimer la sauvegarde {path}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <location filename="../../coachapp/ui/onboarding/first_run_pages.py" line="-74"/>
        <source>Protect your journal</source>
        <translation>Protéger votre journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journal names agents and tells what happens in your service: personal data. A passphrase keeps it unreadable to anyone who gets hold of the file.</source>
        <translation>Votre journal nomme des agents et raconte ce qui se passe dans votre service&#xa0;: ce sont des données personnelles. Une phrase de passe le rend illisible pour qui mettrait la main sur le fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can protect it later from File &gt; Protection.</source>
        <translation>Vous pourrez le protéger plus tard depuis Fichier &gt; Protection.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your journal is protected by a passphrase.</source>
        <translation>Votre journal est protégé par une phrase de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection can be set up at any time from File &gt; Protection.</source>
        <translation>La protection peut être mise en place à tout moment depuis Fichier &gt; Protection.</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <location line="+101"/>
        <source>Ready</source>
        <translation>C’est prêt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today now shows your first steps: write an entry, add your team, plan a co-construction ritual, record a delegation, start an experiment, rate yourself on the model. Each opens where it is done, and is ticked once your journal shows it.</source>
        <translation>Aujourd’hui affiche désormais vos premiers pas&#xa0;: écrire une entrée, ajouter votre équipe, planifier un rituel de co-construction, noter une délégation, lancer une expérimentation, vous évaluer sur le modèle. Chacun s’ouvre là où il se fait, et se coche dès que votre journal le montre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The guide tells what each pillar of the model means for a public service, with first steps for this week; F1 opens the help of the area you are in.</source>
        <translation>Le guide explique ce que chaque pilier du modèle veut dire pour un service public, avec des premiers pas pour cette semaine&#xa0;; F1 ouvre l’aide de l’espace où vous êtes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read about the management model</source>
        <translation>Lire le guide du modèle de management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the first steps on Today</source>
        <translation>Afficher les premiers pas sur Aujourd’hui</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../coachapp/ui/protection/protection_dialogs.py" line="+78"/>
        <source>Your recovery key</source>
        <translation>Votre clé de secours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you forget your passphrase, this key is the only way to open your journal. Print it or write it down, and keep it somewhere safe away from this workstation. CoachApp will not show it again.</source>
        <translation>Si vous oubliez votre phrase de passe, cette clé est le seul moyen d’ouvrir votre journal. Imprimez-la ou recopiez-la, et gardez-la en lieu sûr, loin de ce poste. CoachApp ne l’affichera plus.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a page to print…</source>
        <translation>Enregistrer une page à imprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have printed or written down my recovery key</source>
        <translation>J’ai imprimé ou recopié ma clé de secours</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de secours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>CoachApp recovery key</source>
        <translation>Clé de secours CoachApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created {date}.</source>
        <translation>Créée le {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key opens your CoachApp journal if you forget its passphrase. Keep this page somewhere safe, away from your workstation. Anyone who has it and your journal file can read your journal.</source>
        <translation>Cette clé ouvre votre journal CoachApp si vous oubliez sa phrase de passe. Gardez cette page en lieu sûr, loin de votre poste. Quiconque la détient avec le fichier de votre journal peut lire votre journal.</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <location filename="../../coachapp/services/rituals/recurrence.py" line="+77"/>
        <source>This repetition rule is not valid: it needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, and no DTSTART.</source>
        <translation>Cette règle de répétition n’est pas valide&#xa0;: elle doit contenir FREQ=DAILY, WEEKLY, MONTHLY ou YEARLY, et pas de DTSTART.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give UNTIL in local time (without Z), for example 20271231T235959.</source>
        <translation>Indiquez UNTIL en heure locale (sans Z), par exemple 20271231T235959.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This repetition rule is not valid: {reason}</source>
        <translation>Cette règle de répétition n’est pas valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This repetition rule gives no date at all.</source>
        <translation>Cette règle de répétition ne donne aucune date.</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../coachapp/words/report_words.py" line="+34"/>
        <source>Management journal</source>
        <translation>Journal de management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported on {day} from CoachApp</source>
        <translation>Exporté le {day} depuis CoachApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insights</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this journal holds about {name}</source>
        <translation>Ce que ce journal contient sur {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-construction rituals</source>
        <translation>Rituels de co-construction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiments</source>
        <translation>Expérimentations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill plans</source>
        <translation>Plans de compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private</source>
        <translation>privée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held on</source>
        <translation>Tenu le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{delegate} · level {level}, aiming at {target}</source>
        <translation>{delegate} · niveau {level}, objectif {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person} · level {level}, aiming at {target}</source>
        <translation>{person} · niveau {level}, objectif {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>led by the manager</source>
        <translation>pilotée par le manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We believe that</source>
        <translation>Nous pensons que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To verify it, we will</source>
        <translation>Pour le vérifier, nous allons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>And measure</source>
        <translation>Et mesurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We are right if</source>
        <translation>Nous avons raison si</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We observed</source>
        <translation>Nous avons observé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We learned</source>
        <translation>Nous avons appris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned because:</source>
        <translation>Abandonnée parce que&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../coachapp/ui/protection/restore_dialog.py" line="+64"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring replaces your whole journal with the backup you choose. Your current journal is kept as a backup first, so you can come back to it.</source>
        <translation>La restauration remplace l’intégralité de votre journal par la sauvegarde choisie. Votre journal actuel est d’abord conservé sous forme de sauvegarde&#xa0;: vous pourrez y revenir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other &amp;file…</source>
        <translation>Autre &amp;fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a journal backup</source>
        <translation>Choisir une sauvegarde du journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CoachApp journals (*.db);;All files (*)</source>
        <translation>Journaux CoachApp (*.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../coachapp/ui/exchange/review_panel.py" line="+115"/>
        <source>&amp;Reviewer:</source>
        <translation>Relec&amp;teur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your name, as the manager will see it</source>
        <translation>votre nom, tel que le manager le verra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall note</source>
        <translation>Note d’ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items of the export</source>
        <translation>Éléments de l’export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item chosen</source>
        <translation>L’élément choisi</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+44"/>
        <source>Your &amp;overall note for the manager:</source>
        <translation>Votre note d’&amp;ensemble pour le manager&#xa0;:</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+47"/>
        <source>Your &amp;comment on this item:</source>
        <translation>Votre &amp;commentaire sur cet élément&#xa0;:</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>commented</source>
        <translation>commenté</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{section}: {count}</source>
        <translation>{section}&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your comments could not be kept: {reason}</source>
        <translation>Vos commentaires n’ont pas pu être conservés&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../coachapp/ui/exchange/review_window.py" line="+99"/>
        <source>Review: {name} (read only)</source>
        <translation>Relecture&#xa0;: {name} (lecture seule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach &amp;feedback</source>
        <translation>&amp;Retour du coach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the feedback file…</source>
        <translation>&amp;Enregistrer le fichier de retour…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing to send yet</source>
        <translation>Rien à envoyer pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a comment on an item, or an overall note, first.</source>
        <translation>Écrivez d’abord un commentaire sur un élément, ou une note d’ensemble.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the feedback file</source>
        <translation>Enregistrer le fichier de retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach feedback files (*.json)</source>
        <translation>Fichiers de retour de coach (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save the feedback</source>
        <translation>Impossible d’enregistrer le retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Le fichier {path} n’a pas pu être écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feedback saved to {name}: send it to the manager.</source>
        <translation>Retour enregistré dans {name}&#xa0;: envoyez-le au manager.</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message numerus="yes">
        <location filename="../../coachapp/ui/exchange/review_panel.py" line="+25"/>
        <source>%Ln comment(s) written; kept as you type.</source>
        <translation>
            <numerusform>%Ln commentaire écrit&#xa0;; conservé au fil de la frappe.</numerusform>
            <numerusform>%Ln commentaires écrits&#xa0;; conservés au fil de la frappe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an item on the left to read it and write your comment under it. Your comments are kept as you type; save the feedback file to send them to the manager.</source>
        <translation>Choisissez un élément à gauche pour le lire et écrire votre commentaire en dessous. Vos commentaires sont conservés au fil de la frappe&#xa0;; enregistrez le fichier de retour pour les envoyer au manager.</translation>
    </message>
</context>
<context>
    <name>RitualPlanner</name>
    <message>
        <location filename="../../coachapp/ui/rituals/ritual_planner.py" line="+186"/>
        <source>Edit the ritual</source>
        <translation>Modifier le rituel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan a ritual</source>
        <translation>Planifier un rituel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>&amp;Méthode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;urpose</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeats</source>
        <translation>&amp;Répétition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>jusqu’à</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No method</source>
        <translation>Sans méthode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On a date</source>
        <translation>À une date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a number of times</source>
        <translation>Après un nombre de fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> times</source>
        <translation> fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a person</source>
        <translation>Trouver une personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People invited</source>
        <translation>Personnes invitées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholder groups without names (how many)</source>
        <translation>Groupes de parties prenantes sans nom (combien)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Ru&amp;le (RFC 5545)</source>
        <translation>Rè&amp;gle (RFC 5545)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>W&amp;ho</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agenda</source>
        <translation>Ordre du &amp;jour</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>second</source>
        <translation>deuxième</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>third</source>
        <translation>troisième</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fourth</source>
        <translation>quatrième</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week on {day}</source>
        <translation>Chaque semaine le {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every two weeks on {day}</source>
        <translation>Toutes les deux semaines le {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month on the {nth} {day}</source>
        <translation>Chaque mois le {nth} {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every month on day {number}</source>
        <translation>Chaque mois le {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom rule</source>
        <translation>Règle personnalisée</translation>
    </message>
</context>
<context>
    <name>Rituals</name>
    <message>
        <location filename="../../coachapp/services/rituals/rituals.py" line="+157"/>
        <source>A number of participants cannot be negative.</source>
        <translation>Un nombre de participants ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A ritual needs a title.</source>
        <translation>Un rituel doit avoir un titre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ritual ends before it starts.</source>
        <translation>Le rituel se termine avant de commencer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A ritual lasts at least one minute.</source>
        <translation>Un rituel dure au moins une minute.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A ritual lasts a week at the most.</source>
        <translation>Un rituel dure une semaine au plus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agenda is limited to {limit} characters.</source>
        <translation>L’ordre du jour est limité à {limit} caractères.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This ritual no longer exists.</source>
        <translation>Ce rituel n’existe plus.</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Outcomes are limited to {limit} characters.</source>
        <translation>Les résultats sont limités à {limit} caractères.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The ritual does not meet then.</source>
        <translation>Le rituel n’a pas lieu à ce moment-là.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+41"/>
        <source>Say what is to be done.</source>
        <translation>Indiquez ce qu’il faut faire.</translation>
    </message>
</context>
<context>
    <name>RitualsView</name>
    <message>
        <location filename="../../coachapp/ui/rituals/rituals_view.py" line="+144"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Réunions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up &amp;actions</source>
        <translation>Actions de s&amp;uivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inclusion</source>
        <translation>&amp;Inclusion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metho&amp;ds</source>
        <translation>&amp;Méthodes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days with a ritual</source>
        <translation>Jours avec un rituel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rituals of the chosen day</source>
        <translation>Rituels du jour choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the meetings by stakeholder group</source>
        <translation>Part des réunions par groupe de parties prenantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who took part in none</source>
        <translation>Personnes qui n’ont participé à aucune réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which meetings</source>
        <translation>Quelles réunions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>Passées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a ritual…</source>
        <translation>Planifier un rituel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a ritual (Ctrl+R)</source>
        <translation>Planifier un rituel (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ritual</source>
        <translation>Rituel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meetings with them</source>
        <translation>Réunions avec eux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>To record</source>
        <translation>À renseigner</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>“{title}” planned.</source>
        <translation>«&#xa0;{title}&#xa0;» planifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move the ritual “{title}”, with all its meetings, notes and actions, to the trash?</source>
        <translation>Mettre le rituel «&#xa0;{title}&#xa0;», avec toutes ses réunions, notes et actions, à la corbeille&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{title}” moved to the trash.</source>
        <translation>«&#xa0;{title}&#xa0;» mis à la corbeille.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save a calendar file</source>
        <translation>Enregistrer un fichier d’agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d’agenda (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Calendar file</source>
        <translation>Fichier d’agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar file written: {name}</source>
        <translation>Fichier d’agenda écrit&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Action done: {text}</source>
        <translation>Action faite&#xa0;: {text}</translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>%n meeting(s) held in this period.</source>
        <translation>
            <numerusform>%n réunion tenue sur cette période.</numerusform>
            <numerusform>%n réunions tenues sur cette période.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n active person(s) took part in none of these meetings:</source>
        <translation>
            <numerusform>%n personne active n’a participé à aucune de ces réunions&#xa0;:</numerusform>
            <numerusform>%n personnes actives n’ont participé à aucune de ces réunions&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../coachapp/ui/common/widgets.py" line="+34"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>SelfAssessment</name>
    <message>
        <location filename="../../coachapp/services/today/self_assessment.py" line="+79"/>
        <source>Choose a rating from 1 to 5.</source>
        <translation>Choisissez une note de 1 à 5.</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentChart</name>
    <message>
        <location filename="../../coachapp/ui/today/self_assessment_chart.py" line="+74"/>
        <source>3 months ago</source>
        <translation>Il y a 3 mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This month and three months ago</source>
        <translation>Ce mois-ci et il y a trois mois</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Twelve months, one line per dimension</source>
        <translation>Douze mois, une ligne par dimension</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Self-assessment over time</source>
        <translation>L’autoévaluation dans le temps</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{name} moved by {change} points since last month: what changed?</source>
        <translation>{name} a bougé de {change} points depuis le mois dernier&#xa0;: qu’est-ce qui a changé&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} has stayed at 2 or below for three months: a small step to try?</source>
        <translation>{name} reste à 2 ou moins depuis trois mois&#xa0;: un petit pas à tenter&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No big swing this month, and no dimension low for long.</source>
        <translation>Pas de grand écart ce mois-ci, et aucune dimension basse depuis longtemps.</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentDialog</name>
    <message>
        <location filename="../../coachapp/ui/today/self_assessment_dialog.py" line="+57"/>
        <source>A fact for {dimension}</source>
        <translation>Un fait pour {dimension}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A fact that shows it (asked for 4 and 5)</source>
        <translation>Un fait qui le montre (demandé pour 4 et 5)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Monthly self-assessment</source>
        <translation>Autoévaluation du mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate what you did this month, not what you intended: each choice describes an observable practice. Five minutes is enough; leave out what you cannot judge.</source>
        <translation>Évaluez ce que vous avez fait ce mois-ci, pas ce que vous aviez l’intention de faire&#xa0;: chaque choix décrit une pratique observable. Cinq minutes suffisent&#xa0;; laissez de côté ce que vous ne pouvez pas juger.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>For a {rating}, note one concrete fact that shows it.</source>
        <translation>Pour un {rating}, notez un fait concret qui le montre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate at least one dimension, or cancel.</source>
        <translation>Évaluez au moins une dimension, ou annulez.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../coachapp/selftest.py" line="+75"/>
        <source>no graphical session here; the window cannot open</source>
        <translation>aucune session graphique ici&#xa0;; la fenêtre ne peut pas s’ouvrir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Qt cannot open a window: {hint}</source>
        <translation>Qt ne peut pas ouvrir de fenêtre&#xa0;: {hint}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>platform {name}</source>
        <translation>plateforme {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (this PySide6 crashes on Python 3.11)</source>
        <translation> (cette version de PySide6 plante avec Python 3.11)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reference counts drift by {n}</source>
        <translation>les compteurs de références dérivent de {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} calls, no reference drift</source>
        <translation>{n} appels, aucune dérive des références</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no usable font; install fontconfig and a font package</source>
        <translation>aucune police utilisable&#xa0;; installez fontconfig et un paquet de polices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} font families</source>
        <translation>{n} familles de polices</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the application icon cannot be drawn</source>
        <translation>l’icône de l’application ne peut pas être dessinée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the icon font cannot be drawn</source>
        <translation>la police d’icônes ne peut pas être dessinée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>application icon and icon font draw</source>
        <translation>l’icône de l’application et la police d’icônes s’affichent</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>missing: {files}</source>
        <translation>manquants&#xa0;: {files}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>SQLCipher {version}, full-text search</source>
        <translation>SQLCipher {version}, recherche plein texte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no journal yet; it will be created at first start</source>
        <translation>pas encore de journal&#xa0;; il sera créé au premier démarrage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>protected by a passphrase (not opened by the self-test)</source>
        <translation>protégé par une phrase de passe (non ouvert par l’autotest)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>damaged: {details}</source>
        <translation>endommagé&#xa0;: {details}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>format {version}, healthy, writable</source>
        <translation>format {version}, sain, accessible en écriture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (upgraded to format {latest} at next start)</source>
        <translation> (mis à jour au format {latest} au prochain démarrage)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>local disk: write-ahead log</source>
        <translation>disque local&#xa0;: journal à écriture anticipée (WAL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>network file system ({kind}): rollback journal, the file locked while CoachApp runs (a write-ahead log is unsafe on a network folder); backups and checks run in the window&apos;s thread</source>
        <translation>système de fichiers réseau ({kind})&#xa0;: journal d’annulation, fichier verrouillé tant que CoachApp tourne (un journal à écriture anticipée n’est pas sûr sur un dossier réseau)&#xa0;; sauvegardes et vérifications dans le fil d’exécution de la fenêtre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} in {folder}, newest {date}</source>
        <translation>{n} dans {folder}, la plus récente&#xa0;: {date}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>none (built-in defaults)</source>
        <translation>aucune (réglages par défaut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group Policy (computer)</source>
        <translation>Stratégie de groupe (ordinateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group Policy (user)</source>
        <translation>Stratégie de groupe (utilisateur)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{found}; left out: {problems}</source>
        <translation>{found}&#xa0;; laissé de côté&#xa0;: {problems}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file}: {problem} (skipped; the rest applies)</source>
        <translation>{file}&#xa0;: {problem} (ignoré&#xa0;; le reste s’applique)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}: defaults {defaults}; locked {locked}</source>
        <translation>{file}&#xa0;: par défaut {defaults}&#xa0;; verrouillés {locked}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt bindings</source>
        <translation>Liaisons Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation guide pages</source>
        <translation>Pages de l’organisation dans le guide</translation>
    </message>
    <message>
        <location filename="../../coachapp/ui/guide/report.py" line="-27"/>
        <location filename="../../coachapp/selftest.py" line="-7"/>
        <source>Fonts</source>
        <translation>Polices</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../coachapp/selftest.py" line="+1"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../coachapp/selftest.py" line="+1"/>
        <source>Icons</source>
        <translation>Icônes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../coachapp/selftest.py" line="+1"/>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../coachapp/selftest.py" line="+1"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../../coachapp/selftest.py" line="-73"/>
        <location line="+4"/>
        <source>Machine policy</source>
        <translation>Stratégie du poste</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{detail}; replaced by a stronger policy: {keys}</source>
        <translation>{detail}&#xa0;; remplacés par une stratégie prioritaire&#xa0;: {keys}</translation>
    </message>
    <message>
        <location filename="../../coachapp/ui/guide/report.py" line="+2"/>
        <location filename="../../coachapp/selftest.py" line="+33"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../coachapp/selftest.py" line="+1"/>
        <source>Log folder</source>
        <translation>Dossier du journal technique</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../coachapp/selftest.py" line="+3"/>
        <source>Journal storage</source>
        <translation>Stockage du journal</translation>
    </message>
    <message>
        <location filename="../../coachapp/selftest.py" line="+1"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../coachapp/ui/guide/report.py" line="+1"/>
        <location filename="../../coachapp/selftest.py" line="+1"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../coachapp/selftest.py" line="+2"/>
        <source>CoachApp {version} self-test</source>
        <translation>Autotest de CoachApp {version}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: {detail}</source>
        <translation>{name}&#xa0;: {detail}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All checks passed.</source>
        <translation>Toutes les vérifications ont réussi.</translation>
    </message>
</context>
<context>
    <name>SelfTestCounts</name>
    <message numerus="yes">
        <location line="-118"/>
        <source>%n page(s) from {folder}</source>
        <translation>
            <numerusform>%n page de {folder}</numerusform>
            <numerusform>%n pages de {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n backup(s) in clear beside the protected journal, readable by anyone who can read the folder: {names}. In CoachApp: File &gt; Protection &gt; Backups left readable.</source>
        <translation>
            <numerusform>%n sauvegarde en clair à côté du journal protégé, lisible par quiconque peut lire le dossier&#xa0;: {names}. Dans CoachApp&#xa0;: Fichier &gt; Protection &gt; Sauvegardes restées lisibles.</numerusform>
            <numerusform>%n sauvegardes en clair à côté du journal protégé, lisibles par quiconque peut lire le dossier&#xa0;: {names}. Dans CoachApp&#xa0;: Fichier &gt; Protection &gt; Sauvegardes restées lisibles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfTestSummary</name>
    <message numerus="yes">
        <location line="-9"/>
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n vérification a échoué.</numerusform>
            <numerusform>%n vérifications ont échoué.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../../coachapp/ui/coaching/sessions_tab.py" line="+99"/>
        <source>Your notes stay in your portfolio: no feedback file or export carries them.</source>
        <translation>Vos notes restent dans votre portefeuille&#xa0;: aucun fichier de retour ni aucun export ne les emporte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Your notes on this coachee:</source>
        <translation>&amp;Vos notes sur ce coaché&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sessions, the latest first:</source>
        <translation>&amp;Séances, de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New session &amp;on:</source>
        <translation>Nouvelle séance &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the session</source>
        <translation>Ajouter la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete the session</source>
        <translation>&amp;Supprimer la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes of the session chosen:</source>
        <translation>&amp;Notes de la séance choisie&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SharedWords</name>
    <message numerus="yes">
        <location filename="../../coachapp/words/sharing.py" line="+10"/>
        <source>Export {form}, %Ln entry(ies)</source>
        <translation>
            <numerusform>Export {form}, %Ln entrée</numerusform>
            <numerusform>Export {form}, %Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A person erased, now called “{alias}”</source>
        <translation>Une personne effacée, désormais appelée «&#xa0;{alias}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Coach feedback, %Ln comment(s) new or changed</source>
        <translation>
            <numerusform>Retour du coach, %Ln commentaire nouveau ou modifié</numerusform>
            <numerusform>Retour du coach, %Ln commentaires nouveaux ou modifiés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <location filename="../../coachapp/ui/exchange/sharing_dialog.py" line="-117"/>
        <location line="+11"/>
        <source>What I have shared</source>
        <translation>Historique des partages</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Every export written from this journal and every coach feedback brought in. The key to the aliases of a pseudonymised export is kept in the journal: select the export, then Show the aliases.</source>
        <translation>Chaque export écrit depuis ce journal et chaque retour de coach importé. La clé des alias d’un export pseudonymisé est gardée dans le journal&#xa0;: sélectionnez l’export, puis Afficher les alias.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries from</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private entries</source>
        <translation>Entrées privées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parts</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing shared yet.</source>
        <translation>Rien n’a encore été partagé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the &amp;aliases…</source>
        <translation>Afficher les &amp;alias…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which name each alias of the selected pseudonymised export stands for</source>
        <translation>Le nom que désigne chaque alias de l’export pseudonymisé sélectionné</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by aliases</source>
        <translation>remplacés par des alias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as written</source>
        <translation>tels qu’écrits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>included</source>
        <translation>incluses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left out</source>
        <translation>laissées de côté</translation>
    </message>
</context>
<context>
    <name>SheetWords</name>
    <message>
        <location filename="../../coachapp/words/coaching_words.py" line="+11"/>
        <source>Preparing the session with {name}</source>
        <translation>Préparer la séance avec {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session of {day}</source>
        <translation>Séance du {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since the session of {day}</source>
        <translation>depuis la séance du {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first session</source>
        <translation>première séance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>latest export: {day}</source>
        <translation>dernier export&#xa0;: {day}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no export</source>
        <translation>aucun export</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since the last session</source>
        <translation>Depuis la dernière séance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No export since the last session.</source>
        <translation>Aucun export depuis la dernière séance.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>…and %n more change(s), in the coachee&apos;s digest.</source>
        <translation>
            <numerusform>…et %n autre changement, dans le récapitulatif du coaché.</numerusform>
            <numerusform>…et %n autres changements, dans le récapitulatif du coaché.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open commitments</source>
        <translation>Engagements en cours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal shows no open commitment.</source>
        <translation>Le journal ne montre aucun engagement en cours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions for the pillars the journal shows least</source>
        <translation>Questions pour les piliers que le journal montre le moins</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pillar: {pillar}</source>
        <translation>Pilier&#xa0;: {pillar}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your notes (private)</source>
        <translation>Vos notes (privées)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About this coachee</source>
        <translation>Sur ce coaché</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For this session</source>
        <translation>Pour cette séance</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../coachapp/ui/guide/shortcuts_dialog.py" line="+42"/>
        <location line="+12"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Every menu command can be reached from the keyboard: Alt and the underlined letter opens a menu. These have their own keys:</source>
        <translation>Toute commande des menus s’atteint au clavier&#xa0;: Alt et la lettre soulignée ouvrent un menu. Celles-ci ont leurs propres touches&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>More in the guide…</source>
        <translation>Plus dans le guide…</translation>
    </message>
</context>
<context>
    <name>SkillDialog</name>
    <message>
        <location filename="../../coachapp/ui/people/skill_dialog.py" line="+163"/>
        <source>Edit the skill</source>
        <translation>Modifier la compétence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New skill</source>
        <translation>Nouvelle compétence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill plan of {name}</source>
        <translation>Plan de compétences de {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skill</source>
        <translation>&amp;Compétence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Level now</source>
        <translation>&amp;Niveau actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aiming at</source>
        <translation>Niveau &amp;visé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;By</source>
        <translation>Éc&amp;héance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Guiding a service user through an online procedure</source>
        <translation>par exemple&#xa0;: accompagner un usager dans une démarche en ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a date to aim for</source>
        <translation>une date visée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Actions&lt;/b&gt; (training, pairing, immersion…)</source>
        <translation>&lt;b&gt;Actions&lt;/b&gt; (formation, binôme, immersion…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an a&amp;ction</source>
        <translation>Ajouter une act&amp;ion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider&apos;s name</source>
        <translation>Nom de l’organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>What the agent will do</source>
        <translation>Ce que l’agent va faire</translation>
    </message>
</context>
<context>
    <name>Skills</name>
    <message>
        <location filename="../../coachapp/services/people/skills.py" line="+100"/>
        <source>Skill levels go from 1 to 4.</source>
        <translation>Les niveaux de compétence vont de 1 à 4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action {number} needs a description.</source>
        <translation>L’action {number} a besoin d’une description.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep action {number} under {high} characters.</source>
        <translation>L’action {number} doit faire moins de {high} caractères.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This skill no longer exists.</source>
        <translation>Cette compétence n’existe plus.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Name the skill.</source>
        <translation>Nommez la compétence.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the skill&apos;s name under {high} characters.</source>
        <translation>Le nom de la compétence doit faire moins de {high} caractères.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is in the trash: restore them first.</source>
        <translation>{name} est dans la corbeille&#xa0;: restaurez cette personne d’abord.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A skill takes at most {high} actions.</source>
        <translation>Une compétence compte au plus {high} actions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notes are too long.</source>
        <translation>Les notes sont trop longues.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../coachapp/ui/today/prompt_card.py" line="-110"/>
        <source>Remind me on…</source>
        <translation>Me le rappeler le…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../coachapp/storage/errors.py" line="+22"/>
        <source>The journal {path} was written by a newer version of CoachApp (format {found}; this version reads up to {supported}). Install the newer version to open it; nothing was changed.</source>
        <translation>Le journal {path} a été écrit par une version plus récente de CoachApp (format {found}&#xa0;; cette version lit jusqu’au format {supported}). Installez la version plus récente pour l’ouvrir&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{path} is not a CoachApp journal; nothing was changed.</source>
        <translation>{path} n’est pas un journal CoachApp&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The journal {path} is damaged ({details}); nothing was changed.</source>
        <translation>Le journal {path} est endommagé ({details})&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The journal {path} is empty, although backups of it exist: its content was lost; nothing was changed.</source>
        <translation>Le journal {path} est vide, alors que des sauvegardes en existent&#xa0;: son contenu a été perdu&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The disk is full: CoachApp could not save. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: CoachApp n’a pas pu enregistrer. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal file is read-only: CoachApp could not save.</source>
        <translation>Le fichier du journal est en lecture seule&#xa0;: CoachApp n’a pas pu enregistrer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal is busy in another program: CoachApp could not save. Try again.</source>
        <translation>Le journal est utilisé par un autre programme&#xa0;: CoachApp n’a pas pu enregistrer. Réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk reported an error while CoachApp was saving.</source>
        <translation>Le disque a signalé une erreur pendant que CoachApp enregistrait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal file cannot be opened.</source>
        <translation>Impossible d’ouvrir le fichier du journal.</translation>
    </message>
    <message>
        <location filename="../../coachapp/storage/backups.py" line="+129"/>
        <source>{path} is protected by another passphrase than your journal&apos;s: CoachApp cannot check or restore it here; nothing was changed.</source>
        <translation>{path} est protégé par une autre phrase de passe que celle de votre journal&#xa0;: CoachApp ne peut ni le vérifier ni le restaurer ici&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../coachapp/storage/journal_key.py" line="+50"/>
        <source>This passphrase or recovery key does not open the journal.</source>
        <translation>Cette phrase de passe ou cette clé de secours n’ouvre pas le journal.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The key file {path} of your protected journal is missing or damaged: without it the journal cannot be opened. Restore it from a copy, or restore a backup.</source>
        <translation>Le fichier de clé {path} de votre journal protégé manque ou est endommagé&#xa0;: sans lui, le journal ne peut pas être ouvert. Remettez-le depuis une copie, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../coachapp/storage/encryption.py" line="+44"/>
        <source>Your journal could not be converted ({details}); it was left as it was.</source>
        <translation>Votre journal n’a pas pu être converti ({details})&#xa0;; il est resté tel quel.</translation>
    </message>
    <message>
        <location filename="../../coachapp/storage/portfolio/database.py" line="+37"/>
        <source>{path} is not a CoachApp coaching portfolio; nothing was changed.</source>
        <translation>{path} n’est pas un portefeuille de coaching CoachApp&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The coaching portfolio {path} is protected by another passphrase than your journal&apos;s: CoachApp cannot open it; nothing was changed.</source>
        <translation>Le portefeuille de coaching {path} est protégé par une autre phrase de passe que celle de votre journal&#xa0;: CoachApp ne peut pas l’ouvrir&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../coachapp/storage/portfolio/migrations.py" line="+117"/>
        <source>The coaching portfolio {path} was written by a newer version of CoachApp (format {found}): install it to open the portfolio; nothing was changed.</source>
        <translation>Le portefeuille de coaching {path} a été écrit par une version plus récente de CoachApp (format {found})&#xa0;: installez-la pour ouvrir le portefeuille&#xa0;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../coachapp/ui/onboarding/team_editor.py" line="+128"/>
        <source>Add your team</source>
        <translation>Ajouter votre équipe</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Add %n person(s)</source>
        <translation>
            <numerusform>Ajouter %n personne</numerusform>
            <numerusform>Ajouter %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <location line="-116"/>
        <source>Type at least one name, one person a line, or cancel.</source>
        <translation>Saisissez au moins un nom, une personne par ligne, ou annulez.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>One person a line: a name, then after a comma what they do or are (front-desk agent, elected official, partner…). A column pasted from a spreadsheet works too.</source>
        <translation>Une personne par ligne&#xa0;: un nom, puis après une virgule ce qu’elle fait ou ce qu’elle est (agent d’accueil, élue, partenaire…). Une colonne collée depuis un tableur convient aussi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Your team, one person a line:</source>
        <translation>&amp;Votre équipe, une personne par ligne&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helen Dupont, front-desk agent
Karim Benali, digital adviser
Martine Roux, elected official</source>
        <translation>Hélène Dupont, agent d’accueil
Karim Benali, conseiller numérique
Martine Roux, élue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;When a line does not say:</source>
        <translation>&amp;Quand une ligne ne le dit pas&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tea&amp;m name (optional):</source>
        <translation>Nom de l’é&amp;quipe (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front desk, France Services…</source>
        <translation>Accueil, France Services…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n person(s) will be added.</source>
        <translation>
            <numerusform>%n personne sera ajoutée.</numerusform>
            <numerusform>%n personnes seront ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already in your people, left out: {names}.</source>
        <translation>Déjà dans vos personnes, laissées de côté&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too long for a name or a role, left out: {names}.</source>
        <translation>Trop longues pour un nom ou une fonction, laissées de côté&#xa0;: {names}.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../coachapp/services/journal/templates.py" line="+140"/>
        <source>A template file name uses a-z, 0-9 and -.</source>
        <translation>Le nom de fichier d’un modèle utilise a-z, 0-9 et -.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A template needs a name.</source>
        <translation>Un modèle doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A template is limited to {limit} characters.</source>
        <translation>Un modèle est limité à {limit} caractères.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../coachapp/ui/journal/templates_dialog.py" line="+125"/>
        <source>Entry templates</source>
        <translation>Modèles d’entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the template</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;itle</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New template</source>
        <translation>No&amp;uveau modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pillars ticked in new entries</source>
        <translation>Piliers cochés dans les nouvelles entrées</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Back to the &amp;original</source>
        <translation>Revenir à l’&amp;original</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Delete the template “{name}”?</source>
        <translation>Supprimer le modèle «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Provided with CoachApp.</source>
        <translation>Fourni avec CoachApp.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>{date} becomes the day&apos;s date, {week} the week number and {person} the people the entry is about.</source>
        <translation>{date} devient la date du jour, {week} le numéro de la semaine et {person} les personnes dont parle l’entrée.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Provided by your organisation.</source>
        <translation>Fourni par votre organisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own version.</source>
        <translation>Votre propre version.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
</context>
<context>
    <name>TodayActions</name>
    <message>
        <location filename="../../coachapp/ui/today/today_actions.py" line="+105"/>
        <source>Weekly review kept in the journal.</source>
        <translation>Bilan de la semaine conservé dans le journal.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../coachapp/ui/today/today_view.py" line="+208"/>
        <source>Suggested now</source>
        <translation>Suggestions du moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question of the day</source>
        <translation>Question du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming up this week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>From your coach</source>
        <translation>De votre coach</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Answer in the journal…</source>
        <translation>Répondre dans le journal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly review…</source>
        <translation>Bilan de la semaine…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-assessment…</source>
        <translation>Autoévaluation…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress…</source>
        <translation>Évolution…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your self-assessments over the last year</source>
        <translation>Vos autoévaluations de la dernière année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look back on the week in four questions; the answers go in the journal</source>
        <translation>Revenir sur la semaine en quatre questions&#xa0;; les réponses vont dans le journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark all as read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing new from your coach.</source>
        <translation>Rien de nouveau de votre coach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comments you have read, newest first</source>
        <translation>Les commentaires déjà lus, du plus récent au plus ancien</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>About: {pillar}</source>
        <translation>À propos&#xa0;: {pillar}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show read comments ({count})</source>
        <translation>Afficher les commentaires lus ({count})</translation>
    </message>
    <message>
        <location filename="../../coachapp/ui/onboarding/first_steps_card.py" line="+24"/>
        <source>Nothing to suggest today: your journal shows the model at work.</source>
        <translation>Rien à suggérer aujourd’hui&#xa0;: votre journal montre le modèle à l’œuvre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to suggest yet: suggestions come from what your journal holds. Write a first entry, add your team or plan a first meeting to begin.</source>
        <translation>Rien à suggérer pour l’instant&#xa0;: les suggestions naissent de ce que contient votre journal. Écrivez une première entrée, ajoutez votre équipe ou planifiez une première réunion pour commencer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is due today. You could note what happened this week, plan a time to build something with your team, or try a small change as an experiment.</source>
        <translation>Rien n’est prévu aujourd’hui. Vous pourriez noter ce qui s’est passé cette semaine, planifier un temps pour construire quelque chose avec votre équipe, ou essayer un petit changement sous forme d’expérimentation.</translation>
    </message>
    <message>
        <location filename="../../coachapp/ui/today/today_view.py" line="-70"/>
        <source>Rate the month against the management model&apos;s grid</source>
        <translation>Évaluer le mois selon la grille du modèle de management</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>Show %n more</source>
        <translation>
            <numerusform>Afficher %n de plus</numerusform>
            <numerusform>Afficher %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show fewer</source>
        <translation>Afficher moins</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Check-in: {area} with {delegate}</source>
        <translation>Point d’étape&#xa0;: {area} avec {delegate}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-in: {area} with the {delegate} team</source>
        <translation>Point d’étape&#xa0;: {area} avec l’équipe {delegate}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review: {title}</source>
        <translation>Bilan&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{day} (late)</source>
        <translation>{day} (en retard)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing planned in the next seven days.</source>
        <translation>Rien de prévu dans les sept prochains jours.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back on {day}.</source>
        <translation>De retour le {day}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This kind of suggestion will not come back.</source>
        <translation>Ce type de suggestion ne reviendra plus.</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <location filename="../../coachapp/services/trash/trashable.py" line="+30"/>
        <source>“{label}” is not in the trash.</source>
        <translation>«&#xa0;{label}&#xa0;» n’est pas dans la corbeille.</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location filename="../../coachapp/ui/trash/trash_view.py" line="+88"/>
        <source>Deleted items</source>
        <translation>Éléments supprimés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted items wait here. Restore them to put them back where they were, or delete them for good.</source>
        <translation>Les éléments supprimés sont conservés ici. Restaurez-les pour les remettre à leur place, ou supprimez-les définitivement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete for good</source>
        <translation>&amp;Supprimer définitivement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mpty the trash</source>
        <translation>&amp;Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n item(s) restored.</source>
        <translation>
            <numerusform>%n élément restauré.</numerusform>
            <numerusform>%n éléments restaurés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Delete %n item(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n élément&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement %n éléments&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+13"/>
        <source>%n item(s) deleted for good.</source>
        <translation>
            <numerusform>%n élément supprimé définitivement.</numerusform>
            <numerusform>%n éléments supprimés définitivement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Delete all %n item(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n élément de la corbeille&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement les %n éléments de la corbeille&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Empty</source>
        <translation>Vider</translation>
    </message>
</context>
<context>
    <name>TrayReminders</name>
    <message>
        <location filename="../../coachapp/ui/shell/reminders.py" line="+56"/>
        <source>Open CoachApp</source>
        <translation>Ouvrir CoachApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>CoachApp: %n reminder(s)</source>
        <translation>
            <numerusform>CoachApp&#xa0;: %n rappel</numerusform>
            <numerusform>CoachApp&#xa0;: %n rappels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-in due</source>
        <translation>Point d’étape à faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting soon</source>
        <translation>Réunion bientôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiment review due</source>
        <translation>Bilan d’expérimentation attendu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{title} at {time}</source>
        <translation>{title} à {time}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../coachapp/ui/protection/protection_dialogs.py" line="-136"/>
        <source>Unlock your journal</source>
        <translation>Déverrouiller votre journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your journal is protected. Type its passphrase, or your recovery key if you have lost the passphrase.</source>
        <translation>Votre journal est protégé. Tapez sa phrase de passe, ou votre clé de secours si vous avez perdu la phrase de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase or recovery key:</source>
        <translation>Phrase de passe ou clé de secours&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WeeklyReview</name>
    <message>
        <location filename="../../coachapp/ui/today/weekly_review.py" line="+47"/>
        <source>Weekly review</source>
        <translation>Bilan de la semaine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I tried</source>
        <translation>Ce que j’ai essayé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I learned</source>
        <translation>Ce que j’ai appris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I delegate next</source>
        <translation>Ce que je délègue ensuite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few lines on the week: what moved, what got stuck, who you helped grow.</source>
        <translation>Quelques lignes sur la semaine&#xa0;: ce qui a avancé, ce qui a coincé, qui vous avez aidé à grandir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new way of doing, a method, a conversation you had never had.</source>
        <translation>Une nouvelle façon de faire, une méthode, une conversation jamais eue jusque-là.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From what worked and from what did not: both count.</source>
        <translation>De ce qui a marché comme de ce qui n’a pas marché&#xa0;: les deux comptent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A decision or a task someone in the team could take on, and at which level.</source>
        <translation>Une décision ou une tâche qu’une personne de l’équipe pourrait prendre en charge, et à quel niveau.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n entry(ies) written</source>
        <translation>
            <numerusform>%n entrée écrite</numerusform>
            <numerusform>%n entrées écrites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n meeting(s) held</source>
        <translation>
            <numerusform>%n réunion tenue</numerusform>
            <numerusform>%n réunions tenues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n point d’étape</numerusform>
            <numerusform>%n points d’étape</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n level change(s)</source>
        <translation>
            <numerusform>%n changement de niveau</numerusform>
            <numerusform>%n changements de niveau</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Experiments started</source>
        <translation>Expérimentations lancées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiments concluded</source>
        <translation>Expérimentations conclues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {first} to {last}</source>
        <translation>Du {first} au {last}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Week {week} review</source>
        <translation>Bilan de la semaine {week}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../coachapp/ui/onboarding/first_run_pages.py" line="-181"/>
        <source>Welcome to CoachApp</source>
        <translation>Bienvenue dans CoachApp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CoachApp helps you practise a way of managing a public service in which agents move from applying procedures to accompanying service users, and the manager from control to trust: trying things out, giving everyone the right to error, building with the team, including service users, elected officials and partners.</source>
        <translation>CoachApp vous aide à pratiquer une façon de manager un service public où les agents passent de l’application des procédures à l’accompagnement des usagers, et le manager du contrôle à la confiance&#xa0;: essayer, reconnaître à chacun le droit à l’erreur, construire avec l’équipe, associer usagers, élus et partenaires.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep a private journal, plan co-construction rituals from a library of methods, agree who decides what, run small experiments, and read the suggestions the model makes from what you record. Your coach can read an export when you choose to send one.</source>
        <translation>Tenez un journal privé, planifiez des rituels de co-construction à partir d’une bibliothèque de méthodes, convenez de qui décide de quoi, menez de petites expérimentations, et lisez les suggestions que le modèle tire de ce que vous notez. Votre coach lit un export quand vous choisissez de lui en envoyer un.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything stays on this computer. These few steps take two minutes; each one can be skipped and changed later.</source>
        <translation>Tout reste sur cet ordinateur. Ces quelques étapes prennent deux minutes&#xa0;; chacune peut être passée, et changée plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your organisation sets the language.</source>
        <translation>Votre organisation fixe la langue.</translation>
    </message>
</context>
</TS>
