<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../cpradmin/ui/accounts_view.py" line="+96"/>
        <source>Edit account</source>
        <translation>Rediger konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New account</source>
        <translation>Ny konto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>May unlock accounts locked by failed logins</source>
        <translation>Må låse konti op, der er låst efter mislykkede loginforsøg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password only (do not bind the key to a workstation&apos;s keyring)</source>
        <translation>Kun adgangskode (bind ikke nøglen til en arbejdsstations nøglering)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initials:</source>
        <translation>Initialer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location line="-60"/>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Nøgle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May unlock accounts</source>
        <translation>Må låse konti op</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deactivated</source>
        <translation>Deaktiveret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked (failed logins)</source>
        <translation>Låst (mislykkede loginforsøg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Must change password</source>
        <translation>Skal skifte adgangskode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bound to workstation</source>
        <translation>Bundet til arbejdsstation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password only</source>
        <translation>Kun adgangskode</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location line="+64"/>
        <source>&amp;New account…</source>
        <translation>&amp;Ny konto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;one-time password…</source>
        <translation>Ny &amp;engangsadgangskode…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;h3&gt;Accounts&lt;/h3&gt;Who may open this vault. A bound account&apos;s key also needs the keyring of the workstation where its password was set.</source>
        <translation>&lt;h3&gt;Konti&lt;/h3&gt;Hvem der må åbne denne boks. Nøglen til en bundet konto kræver også nøgleringen på den arbejdsstation, hvor kontoens adgangskode blev sat.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+53"/>
        <source>One-time password</source>
        <translation>Engangsadgangskode</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <source>Hand this one-time password to {initials} in person. It is shown only now and must be changed at first login:

{password}</source>
        <translation>Giv denne engangsadgangskode personligt til {initials}. Den vises kun nu og skal skiftes ved første login:

{password}</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Unlock the account {initials}.</source>
        <translation>Lås kontoen {initials} op.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give {initials} a new one-time password.</source>
        <translation>Giv {initials} en ny engangsadgangskode.</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../cpradmin/ui/import_dialog.py" line="+223"/>
        <source>Line</source>
        <extracomment>Context the headers are marked and translated in (``self.tr`` here would look them up under this base class); subclasses set their own.</extracomment>
        <translation>Linje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New employee</source>
        <translation>Ny medarbejder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed employee</source>
        <translation>Ændret medarbejder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New user ID</source>
        <translation>Nyt bruger-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New authorisation</source>
        <translation>Ny autorisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed authorisation</source>
        <translation>Ændret autorisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field}: {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: {after}</source>
        <translation>{field}: {after}</translation>
    </message>
    <message>
        <location filename="../../cpradmin/ui/authorisation_control_view.py" line="+155"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do in the CPR</source>
        <translation>Hvad der skal gøres i CPR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Udført den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why left open</source>
        <translation>Hvorfor åben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left open</source>
        <translation>Står åben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do</source>
        <translation>Skal udføres</translation>
    </message>
</context>
<context>
    <name>AddVersionDialog</name>
    <message>
        <location filename="../../cpradmin/ui/regulations_view.py" line="+105"/>
        <source>Add a version of the regulations</source>
        <translation>Tilføj en version af de interne regler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 2026.1</source>
        <translation>f.eks. 2026.1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No file chosen</source>
        <translation>Ingen fil valgt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose file…</source>
        <translation>Vælg &amp;fil…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approved on:</source>
        <translation>&amp;Godkendt den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The review is due one year after the approval date. The document is stored encrypted in the vault.</source>
        <translation>Reglerne skal gennemgås igen et år efter godkendelsesdatoen. Dokumentet gemmes krypteret i boksen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the approved document</source>
        <translation>Vælg det godkendte dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.docx *.odt *.doc *.txt);;All files (*)</source>
        <translation>Dokumenter (*.pdf *.docx *.odt *.doc *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is larger than {limit} MB.</source>
        <translation>{name} er større end {limit} MB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({size} kB), SHA-256 {digest}…</source>
        <translation>{name} ({size} kB), SHA-256 {digest}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Filen kan ikke læses: {reason}</translation>
    </message>
</context>
<context>
    <name>AddWatchDialog</name>
    <message>
        <location filename="../../cpradmin/ui/watchlist_view.py" line="+54"/>
        <source>Add a person of special interest</source>
        <translation>Tilføj en person af særlig interesse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DDMMYY-SSSS</source>
        <translation>DDMMÅÅ-XXXX</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name and address protection</source>
        <translation>Navne- og adressebeskyttelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public figure</source>
        <translation>Offentligt kendt person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee of the authority</source>
        <translation>Ansat i myndigheden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose or type a reason</source>
        <translation>Vælg eller skriv en begrundelse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not write CPR numbers or names here</source>
        <translation>Skriv ikke CPR-numre eller navne her</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;CPR number:</source>
        <translation>&amp;CPR-nummer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>Be&amp;mærkning:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Valid CPR number.</source>
        <translation>Gyldigt CPR-nummer.</translation>
    </message>
</context>
<context>
    <name>AttentionCard</name>
    <message>
        <location filename="../../cpradmin/ui/dashboard_view.py" line="+106"/>
        <source>Press Enter or click to open the register where this is handled.</source>
        <extracomment>Where the officer goes to act on each item (keys of the main window&apos;s views). Breaches of the CPR terms as they stand today are red; what is coming due is amber.</extracomment>
        <translation>Tryk på Enter eller klik for at åbne det register, hvor dette håndteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to do</source>
        <translation>Intet at gøre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Act now: this breaks the CPR terms</source>
        <translation>Handl nu: Dette er i strid med vilkårene for adgang til CPR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention soon</source>
        <translation>Kræver snart opmærksomhed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and {count} more</source>
        <translation>… og {count} mere</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../cpradmin/ui/audit_view.py" line="+32"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location line="+81"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Kontroller kæden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h3&gt;Audit trail&lt;/h3&gt;Every login, lock and change, chained with SHA-256 so that any altered, removed or reordered entry is detected.</source>
        <translation>&lt;h3&gt;Revisionsspor&lt;/h3&gt;Hvert login, hver låsning og hver ændring, kædet sammen med SHA-256, så enhver ændret, fjernet eller omrokeret post opdages.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verifying…</source>
        <translation>Kontrollerer…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Intact: {count} entries, head {head}</source>
        <translation>Intakt: {count} poster, seneste hash {head}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BROKEN: {problems}</source>
        <translation>BRUDT: {problems}</translation>
    </message>
</context>
<context>
    <name>AuthorisationControl</name>
    <message>
        <location filename="../../cpradmin/authorisation_control.py" line="+85"/>
        <source>Employee has left</source>
        <extracomment>Imported CPR logs &quot;cover&quot; the control period when their first and last rows lie within this many days of its ends and no gap between files is longer than twice this: a log search export starts with the first lookup, not at midnight on the first day. Bumped when the flag rules change, so a control&apos;s parameters say which rules flagged it.</extracomment>
        <translation>Medarbejderen er fratrådt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive profile</source>
        <translation>Følsom profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No CPR activity</source>
        <translation>Ingen CPR-aktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No expiry date</source>
        <translation>Ingen udløbsdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR training missing</source>
        <translation>CPR-undervisning mangler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulations not acknowledged</source>
        <translation>Interne regler ikke bekræftet læst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep</source>
        <translation>Bevar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Ændr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke</source>
        <translation>Tilbagekald</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Remove authorisation {authorisation} of user ID {user_id} ({holder}) in the CPR.</source>
        <translation>Fjern autorisation {authorisation} for bruger-id {user_id} ({holder}) i CPR.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change authorisation {authorisation} of user ID {user_id} ({holder}) in the CPR: {note}</source>
        <translation>Ændr autorisation {authorisation} for bruger-id {user_id} ({holder}) i CPR: {note}</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>The employment ended on {date}, but the authorisation is in force.</source>
        <translation>Ansættelsen ophørte den {date}, men autorisationen er stadig gældende.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds the sensitive profile(s) {profiles} (log access, administration).</source>
        <translation>Har følsom(me) profil(er) {profiles} (adgang til log, administration).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No CPR lookups by this user ID from {start} to {end} in the imported logs.</source>
        <translation>Ingen CPR-opslag med dette bruger-id fra {start} til {end} i de importerede logfiler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The authorisation has no expiry date.</source>
        <translation>Autorisationen har ingen udløbsdato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No CPR training recorded.</source>
        <translation>Der er ikke registreret nogen CPR-undervisning.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last CPR training ({date}) is more than a year old.</source>
        <translation>Den seneste CPR-undervisning ({date}) er mere end et år gammel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No acknowledgement of the internal regulations recorded.</source>
        <translation>Der er ikke registreret nogen bekræftelse af, at de interne regler er læst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The internal regulations were last acknowledged on {date}, more than a year ago.</source>
        <translation>De interne regler blev senest bekræftet læst den {date}, for mere end et år siden.</translation>
    </message>
</context>
<context>
    <name>AuthorisationControlView</name>
    <message>
        <location filename="../../cpradmin/ui/authorisation_control_view.py" line="+116"/>
        <source>&amp;Start a control…</source>
        <extracomment>A change/revoke asked for without a note: Enter in the note field decides it.</extracomment>
        <translation>&amp;Start en kontrol…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mplete…</source>
        <translation>&amp;Afslut…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;ontrol:</source>
        <translation>&amp;Kontrol:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;port…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All authorisations</source>
        <translation>Alle autorisationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged</source>
        <translation>Markerede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a decision</source>
        <translation>Uden afgørelse</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Note: what is to change, or why revoked</source>
        <translation>Bemærkning: hvad der skal ændres, eller hvorfor autorisationen tilbagekaldes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep (K)</source>
        <translation>&amp;Bevar (K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change (C)</source>
        <translation>Æ&amp;ndr (C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revoke (R)</source>
        <translation>&amp;Tilbagekald (R)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>S&amp;how:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mark &amp;done on</source>
        <translation>Markér som &amp;udført den</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Leave open…</source>
        <translation>&amp;Lad stå åben…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Actions to carry out in the CPR&lt;/b&gt; (from change and revoke decisions)</source>
        <translation>&lt;b&gt;Handlinger, der skal udføres i CPR&lt;/b&gt; (ud fra afgørelser om ændring og tilbagekaldelse)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;h3&gt;Authorisation control&lt;/h3&gt;Every authorisation in force, reviewed at least every third month. In the table, press K to keep, C to change or R to revoke (change and revoke need a note).</source>
        <translation>&lt;h3&gt;Autorisationskontrol&lt;/h3&gt;Alle gældende autorisationer, gennemgået mindst hver tredje måned. Tryk i tabellen på K for at bevare, C for at ændre eller R for at tilbagekalde (ændring og tilbagekaldelse kræver en bemærkning).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last completed: {last}. Next due: {due} ({status}).</source>
        <translation>Senest afsluttet: {last}. Næste kontrol forfalder: {due} ({status}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>quarterly</source>
        <translation>kvartalsvis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ad hoc</source>
        <translation>ad hoc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>åben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#{id} {kind}, {start} – {end} ({state})</source>
        <translation>Nr. {id} {kind}, {start} – {end} ({state})</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No authorisation control yet. Start one to review every authorisation in force.</source>
        <translation>Der er endnu ingen autorisationskontrol. Start en for at gennemgå alle gældende autorisationer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{items} authorisations, {flagged} flagged, {undecided} without a decision; keep {keep}, change {change}, revoke {revoke}. CPR actions: {done} done, {open} left open, {pending} to do.</source>
        <translation>{items} autorisationer, {flagged} markeret, {undecided} uden afgørelse; bevar {keep}, ændr {change}, tilbagekald {revoke}. CPR-handlinger: {done} udført, {open} står åben, {pending} skal udføres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No imported CPR log covers the period, so “no CPR activity” was not checked.</source>
        <translation>Ingen importeret CPR-log dækker perioden, så “ingen CPR-aktivitet” blev ikke kontrolleret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed on {day} by {who}.</source>
        <translation>Afsluttet den {day} af {who}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{user_id} — {holder}: purpose {purpose}, case {case}</source>
        <translation>{user_id} — {holder}: formål {purpose}, sag {case}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decided: {decision} by {who}.</source>
        <translation>Afgørelse: {decision} af {who}.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{decision}: write a note (what is to change, or why revoked) and press Enter.</source>
        <translation>{decision}: Skriv en bemærkning (hvad der skal ændres, eller hvorfor autorisationen tilbagekaldes), og tryk på Enter.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Leave the CPR action open</source>
        <translation>Lad CPR-handlingen stå åben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is it not done yet? (The control can then be completed; mark the action done when it is carried out.)</source>
        <translation>Hvorfor er den ikke udført endnu? (Kontrollen kan derefter afsluttes; markér handlingen som udført, når den er gennemført.)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not ready to complete</source>
        <translation>Kan ikke afsluttes endnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The control cannot be completed yet:</source>
        <translation>Kontrollen kan endnu ikke afsluttes:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Complete authorisation control #{id}. {count} revocation(s) carried out in the CPR will be written to the register.</source>
        <translation>Afslut autorisationskontrol nr. {id}. {count} tilbagekaldelse(r), der er gennemført i CPR, skrives i registret.</translation>
    </message>
</context>
<context>
    <name>AuthorisationDialog</name>
    <message>
        <location filename="../../cpradmin/ui/employee_forms.py" line="+365"/>
        <source>Change authorisation</source>
        <translation>Ændr autorisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grant authorisation</source>
        <translation>Tildel autorisation</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>e.g. PERSON, ADRSOG</source>
        <translation>f.eks. PERSON, ADRSOG</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>other profile codes, if any</source>
        <translation>eventuelle andre profilkoder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User ID:</source>
        <translation>Bruger-id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted on:</source>
        <translation>Tildelt den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on:</source>
        <translation>Udløber den:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purpose:</source>
        <translation>Formål:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number:</source>
        <translation>Sagsnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction types:</source>
        <translation>Transaktionstyper:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles:</source>
        <translation>Profiler:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by:</source>
        <translation>Godkendt af:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for the change:</source>
        <translation>Begrundelse for ændringen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note:</source>
        <translation>Bemærkning:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a user ID to the employee first.</source>
        <translation>Tilføj først et bruger-id til medarbejderen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted on</source>
        <translation>Tildelt den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>Udløber den</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The authorisation expires before it is granted.</source>
        <translation>Autorisationen udløber, før den tildeles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the authorisation is changed.</source>
        <translation>Angiv, hvorfor autorisationen ændres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} transaction type(s): {codes}</source>
        <translation>{count} transaktionstype(r): {codes}</translation>
    </message>
</context>
<context>
    <name>AuthoriseDialog</name>
    <message>
        <location filename="../../cpradmin/ui/unlocks_view.py" line="+425"/>
        <source>Authorise an unlocker</source>
        <translation>Bemyndig en person til oplåsning</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No cpradmin account</source>
        <translation>Ingen cpradmin-konto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Until the authorisation is ended</source>
        <translation>Indtil bemyndigelsen afsluttes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cpradmin &amp;account:</source>
        <translation>cpradmin-&amp;konto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised &amp;from:</source>
        <translation>Bemyndiget &amp;fra:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised &amp;to:</source>
        <translation>Bemyndiget &amp;til:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ote:</source>
        <translation>Be&amp;mærkning:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the account only if the person records unlocks in cpradmin themselves.</source>
        <translation>Angiv kun en konto, hvis personen selv registrerer oplåsninger i cpradmin.</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <location filename="../../cpradmin/ui/certificates_dialog.py" line="+39"/>
        <source>Signing certificates</source>
        <translation>Signeringscertifikater</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reports of completed controls are signed with one of these certificates: your own, else the authority&apos;s.</source>
        <translation>Rapporter om afsluttede kontroller signeres med et af disse certifikater: dit eget, ellers myndighedens.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid from</source>
        <translation>Gyldigt fra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid to</source>
        <translation>Gyldigt til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingeraftryk (SHA-256)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create the authority&apos;s certificate</source>
        <translation>&amp;Opret myndighedens certifikat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import my certificate (PKCS#12)…</source>
        <translation>&amp;Importér mit certifikat (PKCS#12)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the authority</source>
        <translation>myndigheden</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Import a certificate</source>
        <translation>Importér et certifikat</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PKCS#12 certificates (*.p12 *.pfx)</source>
        <translation>PKCS#12-certifikater (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate file&apos;s password:</source>
        <translation>Adgangskoden til certifikatfilen:</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../cpradmin/ui/password_dialog.py" line="+31"/>
        <source>Change password</source>
        <translation>Skift adgangskode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You must choose a new password before you continue.</source>
        <translation>Du skal vælge en ny adgangskode, før du kan fortsætte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a new password.</source>
        <translation>Vælg en ny adgangskode.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Current password:</source>
        <translation>Nuværende adgangskode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password:</source>
        <translation>Ny adgangskode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat:</source>
        <translation>Gentag:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least {min} characters; changed at least every {days} days; never an earlier password or a renumbered one; no names, initials, birth dates, CPR numbers or licence plates of you or your family; not a common password.</source>
        <translation>Mindst {min} tegn; skiftes mindst hver {days}. dag; aldrig en tidligere adgangskode eller en fortløbende nummereret udgave af den; ingen navne, initialer, fødselsdatoer, CPR-numre eller nummerplader, der tilhører dig eller din familie; ikke en udbredt adgangskode.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The two new passwords differ.</source>
        <translation>De to nye adgangskoder er ikke ens.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking against earlier passwords…</source>
        <translation>Kontrollerer mod tidligere adgangskoder…</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../cpradmin/ui/column_mapping.py" line="+48"/>
        <source>User ID</source>
        <extracomment>Rows of the file shown under its headers. A row is taken for the header row when it has at least this many non-empty cells (a title line above the table has one or two).</extracomment>
        <translation>Bruger-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time (one column)</source>
        <translation>Dato og tidspunkt (én kolonne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date (without the time)</source>
        <translation>Dato (uden tidspunkt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (without the date)</source>
        <translation>Tidspunkt (uden dato)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction type</source>
        <translation>Transaktionstype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search criterion</source>
        <translation>Søgekriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Map the columns of {file}</source>
        <translation>Angiv kolonnerne i {file}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say which column holds which field. The user ID, the transaction type and the time (one column, or a date and a time column) are needed; a system log also needs the system. The mapping is saved as a profile under the name you give, for the next file of the same kind.</source>
        <translation>Angiv, hvilken kolonne der indeholder hvilket felt. Bruger-id, transaktionstype og tidspunkt (én kolonne eller en dato- og en tidskolonne) skal angives; en systemlog skal også have systemet. Opsætningen gemmes som en profil under det navn, du angiver, til den næste fil af samme slags.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(not in the file)</source>
        <translation>(ikke i filen)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recognise from the file</source>
        <translation>Genkend ud fra filen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Jobcenter system log</source>
        <translation>f.eks. Jobcenter-systemlog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dates are written as:</source>
        <translation>&amp;Datoer er skrevet som:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;navn:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save and import</source>
        <translation>&amp;Gem og importér</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose the column with the user ID.</source>
        <translation>Vælg kolonnen med bruger-id&apos;et.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column with the transaction type.</source>
        <translation>Vælg kolonnen med transaktionstypen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column with the date and time, or both a date and a time column.</source>
        <translation>Vælg kolonnen med dato og tidspunkt eller både en dato- og en tidskolonne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A system log needs the column with the system.</source>
        <translation>En systemlog kræver kolonnen med systemet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A column is chosen for two fields.</source>
        <translation>Den samme kolonne er valgt til to felter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the profile a name.</source>
        <translation>Giv profilen et navn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A profile of this name exists: saving replaces it.</source>
        <translation>Der findes allerede en profil med dette navn: Den erstattes, når du gemmer.</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../cpradmin/ui/common.py" line="+40"/>
        <source>An unexpected error occurred: {kind}</source>
        <translation>Der opstod en uventet fejl: {kind}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cpradmin</source>
        <translation>cpradmin</translation>
    </message>
</context>
<context>
    <name>ControlItemsModel</name>
    <message>
        <location filename="../../cpradmin/ui/authorisation_control_view.py" line="-586"/>
        <source>Attention</source>
        <extracomment>(control id or None, which items)</extracomment>
        <translation>Opmærksomhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>Bruger-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee / program</source>
        <translation>Medarbejder/program</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Granted</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles</source>
        <translation>Profiler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction types</source>
        <translation>Transaktionstyper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
</context>
<context>
    <name>ControlReportDialog</name>
    <message>
        <location filename="../../cpradmin/ui/control_report_dialog.py" line="+47"/>
        <source>Sign the report</source>
        <translation>Signér rapporten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing keeps the report in the vault and cannot be undone.

Type your password to sign.</source>
        <translation>Når rapporten signeres, gemmes den i boksen, og det kan ikke fortrydes.

Indtast din adgangskode for at signere.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as</source>
        <translation>Gem som</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Report of control #{id}</source>
        <translation>Rapport over kontrol nr. {id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign it and keep it in the vault (asks for your password)</source>
        <translation>Signér den, og gem den i boksen (kræver din adgangskode)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a completed control&apos;s report can be signed.</source>
        <translation>Kun rapporten for en afsluttet kontrol kan signeres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Make report</source>
        <translation>&amp;Dan rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the language, then make the report.</source>
        <translation>Vælg sproget, og dan derefter rapporten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Gem PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;view…</source>
        <translation>Vis &amp;eksempel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Evidence XLSX…</source>
        <translation>D&amp;okumentation XLSX…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Make the report again for the new choice.</source>
        <translation>Dan rapporten igen med det nye valg.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{title}: {pages} bytes, SHA-256 {digest}.</source>
        <translation>{title}: {pages} bytes, SHA-256 {digest}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed and kept in the vault as report #{id}.</source>
        <translation>Signeret og gemt i boksen som rapport nr. {id}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report was not made.</source>
        <translation>Rapporten blev ikke dannet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the report…</source>
        <translation>Danner rapporten…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+29"/>
        <source>Saved: {path}</source>
        <translation>Gemt: {path}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../cpradmin/ui/app.py" line="+136"/>
        <source>Password expires soon</source>
        <translation>Adgangskoden udløber snart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password expires on {day}. Change it from the Vault menu.</source>
        <translation>Din adgangskode udløber den {day}. Skift den fra menuen Boks.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Controls due:</source>
        <translation>Kontroller, der forfalder:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The vault was locked ({reason}).</source>
        <translation>Boksen blev låst ({reason}).</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <location filename="../../cpradmin/cli_review.py" line="+81"/>
        <source>{value} is not a date. Write dates as YYYY-MM-DD.</source>
        <translation>{value} er ikke en dato. Skriv datoer som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/controls.py" line="+246"/>
        <source>A control scoped to a user ID, a department or a person needs the user ID, department or CPR number.</source>
        <extracomment>Seeds are drawn from [SEED_LOW, SEED_HIGH): never ten digits (CPR masking in texts and the audit trail would otherwise garble one), and exact in any JSON reader (below 2**53). Review page size when the caller gives none.</extracomment>
        <translation>En kontrol, der er afgrænset til et bruger-id, en afdeling eller en person, kræver bruger-id, afdeling eller CPR-nummer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{value} is not a valid CPR number.</source>
        <translation>{value} er ikke et gyldigt CPR-nummer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Perioden slutter ({end}), før den begynder ({start}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No log rows are imported for {start} to {end}. Import the CPR log search (and our own system logs) for the period first.</source>
        <translation>Der er ikke importeret nogen logrækker for {start} til {end}. Importér først CPR-logsøgningen (og myndighedens egne systemlogfiler) for perioden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The seed must be a whole number from 0 to 9223372036854775807.</source>
        <translation>Startværdien (seed) skal være et helt tal fra 0 til 9223372036854775807.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no log control #{id}.</source>
        <translation>Der findes ingen logkontrol nr. {id}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log control #{id} is {status}: its decisions can no longer change.</source>
        <translation>Logkontrol nr. {id} er {status}: Dens afgørelser kan ikke længere ændres.</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Random sample: {user} used transaction {transaction} at {time}.</source>
        <extracomment>Items written per batch (one read of their entries, two executemany, one cancel check): statement by statement, a quarter&apos;s 7,000 findings took 15 s, in batches well under 1 s.</extracomment>
        <translation>Stikprøve: {user} brugte transaktion {transaction} den {time}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random sample: {user} used transaction {transaction} at {time} on {person}.</source>
        <translation>Stikprøve: {user} brugte transaktion {transaction} på {person} den {time}.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The rule {rule} has changed since control #{id} ran (version {then}, now {now}): its findings cannot be reproduced with this program.</source>
        <translation>Reglen {rule} er ændret, siden kontrol nr. {id} blev kørt (version {then}, nu {now}): Kontrollens fund kan ikke genskabes med dette program.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An explained item needs the case number that explains it.</source>
        <translation>Et forklaret punkt kræver det sagsnummer, der forklarer det.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suspected abuse needs a note saying what is suspected.</source>
        <translation>Mistanke om misbrug kræver en bemærkning om, hvad mistanken går ud på.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This item names no single user ID or person to open an ad hoc control for. Start an ad hoc control by hand, then decide follow-up here.</source>
        <translation>Dette punkt angiver ikke ét bestemt bruger-id eller én bestemt person, som der kan åbnes en ad hoc-kontrol for. Start en ad hoc-kontrol manuelt, og afgør derefter opfølgningen her.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Log control #{id} is already {status}.</source>
        <translation>Logkontrol nr. {id} er allerede {status}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log control #{id} cannot be completed: {count} item(s) have no decision yet.</source>
        <translation>Logkontrol nr. {id} kan ikke afsluttes: {count} punkt(er) har endnu ingen afgørelse.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>There is no control item #{id}.</source>
        <translation>Der findes intet kontrolpunkt nr. {id}.</translation>
    </message>
</context>
<context>
    <name>ControlsModel</name>
    <message>
        <location filename="../../cpradmin/ui/review_view.py" line="+72"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Fund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample</source>
        <translation>Stikprøve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undecided</source>
        <translation>Uden afgørelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{type} (from #{parent})</source>
        <translation>{type} (fra nr. {parent})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{when} by {who}</source>
        <translation>{when} af {who}</translation>
    </message>
</context>
<context>
    <name>Cpr</name>
    <message>
        <location filename="../../cpradmin/models/cpr.py" line="+101"/>
        <source>A CPR number must consist of exactly 10 digits.</source>
        <extracomment>CPR-like sequences in free text: six digits, optional hyphen, four digits, and no digit directly before or after (so an 11-digit number is not taken for a CPR number). ``d`` is deliberately Unicode-aware: for redaction, matching too much is the safe side.</extracomment>
        <translation>Et CPR-nummer skal bestå af præcis 10 cifre.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>CPR number {masked} does not pass the modulus-11 check. Numbers issued since 2007 need not pass it, but please check for a typing error.</source>
        <translation>CPR-nummeret {masked} opfylder ikke modulus 11-kontrollen. Numre udstedt siden 2007 behøver ikke at opfylde den, men kontroller venligst, om der er en tastefejl.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No CPR number was entered.</source>
        <translation>Der er ikke indtastet et CPR-nummer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A CPR number may only contain digits and a hyphen (DDMMYY-SSSS).</source>
        <translation>Et CPR-nummer må kun indeholde cifre og en bindestreg (DDMMÅÅ-XXXX).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A CPR number has 10 digits (DDMMYY-SSSS), but {count} were entered.</source>
        <translation>Et CPR-nummer har 10 cifre (DDMMÅÅ-XXXX), men der blev indtastet {count}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hyphen in a CPR number belongs after the sixth digit (DDMMYY-SSSS).</source>
        <translation>Bindestregen i et CPR-nummer skal stå efter det sjette ciffer (DDMMÅÅ-XXXX).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>CPR number {masked} has month {month}, which does not exist.</source>
        <translation>CPR-nummeret {masked} har måned {month}, som ikke findes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CPR number {masked} has day {day}; the day must be 01-31, or 61-91 for a substitute number.</source>
        <translation>CPR-nummeret {masked} har dag {day}; dagen skal være 01-31, eller 61-91 for et erstatningspersonnummer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CPR number {masked} gives the birth date {date}, which does not exist.</source>
        <translation>CPR-nummeret {masked} giver fødselsdatoen {date}, som ikke findes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CPR number {masked} gives the birth date {date}, which is in the future.</source>
        <translation>CPR-nummeret {masked} giver fødselsdatoen {date}, som ligger i fremtiden.</translation>
    </message>
</context>
<context>
    <name>CprField</name>
    <message>
        <location filename="../../cpradmin/ui/employee_forms.py" line="-348"/>
        <source>{masked} (unchanged; type a new number to replace it)</source>
        <translation>{masked} (uændret; skriv et nyt nummer for at erstatte det)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DDMMYY-SSSS</source>
        <translation>DDMMÅÅ-XXXX</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unchanged.</source>
        <translation>Uændret.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional.</source>
        <translation>Valgfrit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>valid</source>
        <translation>gyldigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>valid — modulus-11 check fails (allowed since 2007)</source>
        <translation>gyldigt — opfylder ikke modulus 11-kontrollen (tilladt siden 2007)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../cpradmin/dashboard.py" line="+37"/>
        <source>Authorisations expiring within 30 days</source>
        <translation>Autorisationer, der udløber inden for 30 dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired authorisations still recorded as active</source>
        <translation>Udløbne autorisationer, der stadig er registreret som aktive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorisations without an expiry date</source>
        <translation>Autorisationer uden udløbsdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User IDs of employees who have left</source>
        <translation>Bruger-id&apos;er for fratrådte medarbejdere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPR training missing or older than a year</source>
        <translation>CPR-undervisning mangler eller er over et år gammel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regulations not acknowledged within a year</source>
        <translation>Interne regler ikke bekræftet læst inden for et år</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal regulations due for their yearly review</source>
        <translation>Interne regler, der skal have den årlige gennemgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked user IDs waiting for unlock</source>
        <translation>Låste bruger-id&apos;er, der venter på oplåsning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls overdue (CPR terms, section 4)</source>
        <translation>Overskredne kontroller (vilkårene for adgang til CPR, afsnit 4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Controls due within 14 days</source>
        <translation>Kontroller, der forfalder inden for 14 dage</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../cpradmin/ui/dashboard_view.py" line="+39"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute the list again (F5)</source>
        <translation>Beregn listen igen (F5)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;h3&gt;Today&lt;/h3&gt;What needs your attention. Choose an item to open the register where it is handled.</source>
        <translation>&lt;h3&gt;I dag&lt;/h3&gt;Det, der kræver din opmærksomhed. Vælg et punkt for at åbne det register, hvor det håndteres.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Computed for {day} at {time}. {count} of {total} items need attention.</source>
        <translation>Beregnet for {day} kl. {time}. {count} af {total} punkter kræver opmærksomhed.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../cpradmin/ui/employee_forms.py" line="-87"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-åååå</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter a date.</source>
        <translation>Indtast en dato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a date; type it as dd-mm-yyyy (or yyyy-mm-dd).</source>
        <translation>Ikke en dato; skriv den som dd-mm-åååå (eller åååå-mm-dd).</translation>
    </message>
</context>
<context>
    <name>DifferencesModel</name>
    <message>
        <location filename="../../cpradmin/ui/log_import_dialog.py" line="+173"/>
        <location filename="../../cpradmin/ui/statistics_view.py" line="+181"/>
        <source>User ID</source>
        <translation>Bruger-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cpradmin/ui/statistics_view.py" line="+1"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>Indberettet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the log</source>
        <translation>I loggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../cpradmin/ui/statistics_view.py" line="+3"/>
        <source>Difference</source>
        <translation>Forskel</translation>
    </message>
    <message>
        <location filename="../../cpradmin/ui/statistics_view.py" line="-2"/>
        <source>CPR office&apos;s statistics</source>
        <translation>CPR-kontorets statistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted in the log</source>
        <translation>Optalt i loggen</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <location filename="../../cpradmin/ui/employee_forms.py" line="+139"/>
        <source>Edit employee</source>
        <translation>Rediger medarbejder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New employee</source>
        <translation>Ny medarbejder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove the CPR number</source>
        <translation>Fjern CPR-nummeret</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The notes contain what looks like a CPR number. It is shown masked outside this form; keep CPR numbers in the CPR field.</source>
        <translation>Bemærkningerne indeholder noget, der ligner et CPR-nummer. Det vises maskeret uden for denne formular; skriv CPR-numre i CPR-feltet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initials:</source>
        <translation>Initialer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department:</source>
        <translation>Afdeling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR number:</source>
        <translation>CPR-nummer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employed from:</source>
        <translation>Ansat fra:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employed to:</source>
        <translation>Ansat til:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR training:</source>
        <translation>CPR-undervisning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulations acknowledged:</source>
        <translation>Interne regler bekræftet læst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Bemærkninger:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The name is required.</source>
        <translation>Navnet skal udfyldes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employed from</source>
        <translation>Ansat fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employed to</source>
        <translation>Ansat til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR training</source>
        <translation>CPR-undervisning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulations acknowledged</source>
        <translation>Interne regler bekræftet læst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The employment ends before it starts.</source>
        <translation>Ansættelsen slutter, før den begynder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address is not valid.</source>
        <translation>E-mailadressen er ikke gyldig.</translation>
    </message>
</context>
<context>
    <name>EmployeeForms</name>
    <message>
        <location line="+58"/>
        <source>(sensitive)</source>
        <translation>(følsom)</translation>
    </message>
</context>
<context>
    <name>EmployeePanel</name>
    <message>
        <location filename="../../cpradmin/ui/employees_view.py" line="+216"/>
        <source>Initials:</source>
        <extracomment>An employee was changed (their id): the list re-queries and keeps the selection.</extracomment>
        <translation>Initialer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department:</source>
        <translation>Afdeling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Employment:</source>
        <translation>Ansættelse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR training:</source>
        <translation>CPR-undervisning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulations acknowledged:</source>
        <translation>Interne regler bekræftet læst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Bemærkninger:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CPR number:</source>
        <translation>CPR-nummer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;training…</source>
        <translation>Registrer &amp;undervisning…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;user ID…</source>
        <translation>Tilføj bru&amp;ger-id…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Grant authorisation…</source>
        <translation>Til&amp;del autorisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>Æ&amp;ndr…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rev&amp;oke…</source>
        <translation>Tilbage&amp;kald…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histor&amp;y…</source>
        <translation>Histor&amp;ik…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User ID / status</source>
        <translation>Bruger-id / status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Granted</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case number</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transaction types</source>
        <translation>Transaktionstyper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles</source>
        <translation>Profiler</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+127"/>
        <source>Revoked</source>
        <translation>Tilbagekaldt</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>User IDs and authorisations:</source>
        <translation>Bruger-id&apos;er og autorisationer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select an employee to see their user IDs and authorisations.</source>
        <translation>Vælg en medarbejder for at se vedkommendes bruger-id&apos;er og autorisationer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+178"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Show the full number for {seconds} seconds, after confirming your password. Every reveal is recorded in the audit trail.</source>
        <translation>Vis hele nummeret i {seconds} sekunder, efter at du har bekræftet med din adgangskode. Hver visning registreres i revisionssporet.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+127"/>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <location line="-115"/>
        <source> (locked)</source>
        <translation> (låst)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No user IDs yet.</source>
        <translation>Ingen bruger-id&apos;er endnu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expired</source>
        <translation>Udløbet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet in force</source>
        <translation>Endnu ikke gældende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In force</source>
        <translation>Gældende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No expiry date</source>
        <translation>Ingen udløbsdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired, but not revoked</source>
        <translation>Udløbet, men ikke tilbagekaldt</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Add a user ID to the employee first.</source>
        <translation>Tilføj først et bruger-id til medarbejderen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show the full CPR number of {name} for {seconds} seconds. The reveal is recorded in the audit trail.</source>
        <translation>Vis hele CPR-nummeret for {name} i {seconds} sekunder. Visningen registreres i revisionssporet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>H&amp;ide</source>
        <translation>Sk&amp;jul</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Granted {granted}, expires {expires}; {purpose}</source>
        <translation>Tildelt {granted}, udløber {expires}; {purpose}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no purpose recorded</source>
        <translation>intet formål registreret</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Revoke the authorisation of {name} from {date}.</source>
        <translation>Tilbagekald autorisationen for {name} fra {date}.</translation>
    </message>
</context>
<context>
    <name>EmployeesModel</name>
    <message>
        <location line="-485"/>
        <source>Name</source>
        <extracomment>How long a revealed CPR number stays on the screen. Search-as-you-type waits this long after the last keystroke before querying.</extracomment>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User IDs</source>
        <translation>Bruger-id&apos;er</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employed to</source>
        <translation>Ansat til</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPR training</source>
        <translation>CPR-undervisning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Bekræftet læst</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>An authorisation has expired but is not revoked.</source>
        <translation>En autorisation er udløbet, men ikke tilbagekaldt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has left, but an authorisation is still in force.</source>
        <translation>Er fratrådt, men en autorisation er stadig gældende.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has left.</source>
        <translation>Er fratrådt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An authorisation expires within 30 days.</source>
        <translation>En autorisation udløber inden for 30 dage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An authorisation has no expiry date.</source>
        <translation>En autorisation har ingen udløbsdato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds a sensitive profile (127 or 200).</source>
        <translation>Har en følsom profil (127 eller 200).</translation>
    </message>
</context>
<context>
    <name>EmployeesView</name>
    <message>
        <location line="+471"/>
        <source>Name, initials, department, e-mail, user ID or CPR (DDMMYY)</source>
        <translation>Navn, initialer, afdeling, e-mail, bruger-id eller CPR (DDMMÅÅ)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All employees</source>
        <translation>Alle medarbejdere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With an authorisation in force</source>
        <translation>Med en gældende autorisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have left</source>
        <translation>Fratrådte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need attention</source>
        <translation>Kræver opmærksomhed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New employee…</source>
        <translation>Ny &amp;medarbejder…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksportér…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Department:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&lt;h3&gt;Employees&lt;/h3&gt;Everyone with CPR access: their user IDs and authorisations. Coloured rows need attention.</source>
        <translation>&lt;h3&gt;Medarbejdere&lt;/h3&gt;Alle med adgang til CPR: deres bruger-id&apos;er og autorisationer. Farvede rækker kræver opmærksomhed.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>All departments</source>
        <translation>Alle afdelinger</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{shown} of {total}</source>
        <translation>{shown} af {total}</translation>
    </message>
</context>
<context>
    <name>EndAuthorisationDialog</name>
    <message>
        <location filename="../../cpradmin/ui/unlocks_view.py" line="+30"/>
        <source>End authorisation</source>
        <translation>Afslut bemyndigelse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Last day &amp;authorised:</source>
        <translation>Sidste dag med &amp;bemyndigelse:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} may unlock user IDs until and including this day.</source>
        <translation>{name} må låse bruger-id&apos;er op til og med denne dag.</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../../cpradmin/ui/review_items.py" line="+201"/>
        <source>Time (Danish)</source>
        <translation>Tidspunkt (dansk tid)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>Bruger-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:line</source>
        <translation>Fil:linje</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The autumn hour that happens twice: the time may also be one hour later (winter time).</source>
        <translation>Efterårstimen, der forekommer to gange: Tidspunktet kan også være én time senere (vintertid).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A time in the spring hour that does not exist; read as summer time.</source>
        <translation>Et tidspunkt i forårstimen, der ikke findes; læst som sommertid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File SHA-256 {sha256}, line {line}</source>
        <translation>Filens SHA-256 {sha256}, linje {line}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../cpradmin/accounts.py" line="+43"/>
        <source>Initials are 2 to 6 letters, for example PH.</source>
        <translation>Initialer består af 2 til 6 bogstaver, for eksempel PH.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The password does not follow the password rules.</source>
        <translation>Adgangskoden overholder ikke reglerne for adgangskoder.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The current password is wrong.</source>
        <translation>Den nuværende adgangskode er forkert.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Wrong password.</source>
        <translation>Forkert adgangskode.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../cpradmin/registers.py" line="+109"/>
        <location line="+107"/>
        <location filename="../../cpradmin/unlocks.py" line="+80"/>
        <source>The name is required.</source>
        <translation>Navnet skal udfyldes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account with initials {initials} already exists.</source>
        <translation>Der findes allerede en konto med initialerne {initials}.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location filename="../../cpradmin/unlocks.py" line="+6"/>
        <source>No account with initials {initials}.</source>
        <translation>Der findes ingen konto med initialerne {initials}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The account {initials} is not disabled.</source>
        <translation>Kontoen {initials} er ikke låst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A security officer&apos;s account is unlocked by an officer or with the recovery key.</source>
        <translation>En sikkerhedsansvarligs konto låses op af en sikkerhedsansvarlig eller med gendannelsesnøglen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The vault must keep at least one active officer.</source>
        <translation>Boksen skal have mindst én aktiv sikkerhedsansvarlig.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/cli.py" line="+55"/>
        <source>The password must be changed first: run &apos;cpradmin accounts passwd&apos;.</source>
        <translation>Adgangskoden skal skiftes først: kør &apos;cpradmin accounts passwd&apos;.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/models/storage/connection.py" line="+55"/>
        <location filename="../../cpradmin/vault.py" line="+201"/>
        <source>No vault file at {path}.</source>
        <extracomment>With ``cipher_memory_security`` on, SQLCipher mlocks and wipes every allocation that misses the connection&apos;s lookaside slots. Statements kept in Python&apos;s statement cache hold some of those slots; once they run out, every row of a bulk insert or sort costs an ``mlock``/``munlock`` pair: measured 10-30x slower (bench/README.md). Not caching statements costs a re-prepare per ``execute`` (microseconds) and keeps the slots free.</extracomment>
        <translation>Der findes ingen boksfil på {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault file {path} is truncated or is not a cpradmin vault.</source>
        <translation>Boksfilen {path} er afkortet eller er ikke en cpradmin-boks.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The vault file {path} cannot be read with this key: it is damaged, changed outside cpradmin, or belongs to another vault.</source>
        <translation>Boksfilen {path} kan ikke læses med denne nøgle: Den er beskadiget, ændret uden for cpradmin eller hører til en anden boks.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/models/storage/migrations.py" line="+593"/>
        <source>This vault was written by a newer cpradmin (schema {found}, this program knows {known}). Update cpradmin to open it.</source>
        <translation>Denne boks er skrevet af en nyere version af cpradmin (skema {found}; dette program kender {known}). Opdater cpradmin for at åbne den.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/registers.py" line="-103"/>
        <source>The employment ends before it starts.</source>
        <translation>Ansættelsen slutter, før den begynder.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No employee with id {id}.</source>
        <translation>Der findes ingen medarbejder med id {id}.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The user ID is required.</source>
        <translation>Bruger-id skal udfyldes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A user ID belongs to one employee or to one system-to-system program.</source>
        <translation>Et bruger-id tilhører én medarbejder eller ét system-til-system-program.</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+46"/>
        <source>The user ID {user_id} is already registered.</source>
        <translation>Bruger-id&apos;et {user_id} er allerede registreret.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>A program named {name} is already registered.</source>
        <translation>Et program med navnet {name} er allerede registreret.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The authorisation expires before it is granted.</source>
        <translation>Autorisationen udløber, før den tildeles.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No authorisation with id {id}.</source>
        <translation>Der findes ingen autorisation med id {id}.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A revoked authorisation cannot be changed.</source>
        <translation>En tilbagekaldt autorisation kan ikke ændres.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was changed.</source>
        <translation>Intet blev ændret.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The authorisation is already revoked.</source>
        <translation>Autorisationen er allerede tilbagekaldt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the authorisation is revoked.</source>
        <translation>Angiv, hvorfor autorisationen tilbagekaldes.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A watchlist entry needs a CPR number and a reason.</source>
        <translation>En post på overvågningslisten kræver et CPR-nummer og en begrundelse.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Say why the entry is removed.</source>
        <translation>Angiv hvorfor posten fjernes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No such watchlist entry.</source>
        <translation>Posten findes ikke på overvågningslisten.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/settings.py" line="+36"/>
        <source>{label} must be between {minimum} and {maximum}.</source>
        <translation>{label} skal være mellem {minimum} og {maximum}.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/vault.py" line="-60"/>
        <source>A vault already exists at {path}.</source>
        <translation>Der findes allerede en boks på {path}.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The key file {slots} that belongs to the vault is missing. Restore it from the backup together with the vault.</source>
        <translation>Nøglefilen {slots}, der hører til boksen, mangler. Gendan den fra sikkerhedskopien sammen med boksen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key file {slots} is damaged or is not a cpradmin key file.</source>
        <translation>Nøglefilen {slots} er beskadiget eller er ikke en cpradmin-nøglefil.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The account {initials} is bound to the workstation where its password was last set, and this workstation&apos;s keyring does not hold its key. Log in there, or ask the security officer for a new one-time password.</source>
        <translation>Kontoen {initials} er bundet til den arbejdsstation, hvor adgangskoden sidst blev sat, og denne arbejdsstations nøglering indeholder ikke kontoens nøgle. Log ind der, eller bed den sikkerhedsansvarlige om en ny engangsadgangskode.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrong initials or password. After {limit} failed attempts in a row the account is disabled until the security officer unlocks it.</source>
        <translation>Forkerte initialer eller adgangskode. Efter {limit} mislykkede forsøg i træk låses kontoen, indtil den sikkerhedsansvarlige låser den op.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The recovery key does not open this vault.</source>
        <translation>Gendannelsesnøglen åbner ikke denne boks.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The vault has no active security officer.</source>
        <translation>Boksen har ingen aktiv sikkerhedsansvarlig.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The key file and the vault file {path} do not belong together.</source>
        <translation>Nøglefilen og boksfilen {path} hører ikke sammen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The account {initials} has been deactivated by the officer.</source>
        <translation>Kontoen {initials} er deaktiveret af den sikkerhedsansvarlige.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Wrong initials or password.</source>
        <translation>Forkerte initialer eller adgangskode.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>The vault is locked.</source>
        <translation>Boksen er låst.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your role ({role}) does not allow this.</source>
        <translation>Din rolle ({role}) giver ikke adgang til dette.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>This account is disabled after five failed logins. The security officer (or a deputy authorised to do so) must unlock it; the officer&apos;s own account is unlocked with the recovery key.</source>
        <translation>Kontoen er låst efter fem mislykkede loginforsøg. Den sikkerhedsansvarlige (eller en stedfortræder med tilladelse til det) skal låse den op; den sikkerhedsansvarliges egen konto låses op med gendannelsesnøglen.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/regulations.py" line="+46"/>
        <source>The regulations need a title and a version.</source>
        <translation>De interne regler skal have en titel og en version.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/cli_obligations.py" line="+158"/>
        <location filename="../../cpradmin/obligations.py" line="+141"/>
        <location filename="../../cpradmin/regulations.py" line="+5"/>
        <source>The document is larger than {limit} MB.</source>
        <translation>Dokumentet er større end {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/regulations.py" line="+13"/>
        <source>Version {version} of {title} already exists.</source>
        <translation>Version {version} af {title} findes allerede.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/cli_obligations.py" line="+27"/>
        <location filename="../../cpradmin/obligations.py" line="+65"/>
        <location filename="../../cpradmin/regulations.py" line="+39"/>
        <source>No document is stored.</source>
        <translation>Der er ikke gemt noget dokument.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/unlocks.py" line="-9"/>
        <location line="+33"/>
        <source>Only the security officer authorises unlockers.</source>
        <translation>Kun den sikkerhedsansvarlige kan bemyndige personer til at låse bruger-id&apos;er op.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/reports.py" line="+137"/>
        <location filename="../../cpradmin/unlocks.py" line="-19"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <location line="+297"/>
        <source>Unknown report kind {kind}.</source>
        <translation>Ukendt rapporttype {kind}.</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+30"/>
        <location line="+16"/>
        <source>No report with id {id}.</source>
        <translation>Der findes ingen rapport med id {id}.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The stored report {id} does not match its recorded SHA-256.</source>
        <translation>Den gemte rapport {id} svarer ikke til sin registrerede SHA-256.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/unlocks.py" line="+27"/>
        <source>The last day must fall within the authorisation&apos;s own period.</source>
        <translation>Den sidste dag skal ligge inden for bemyndigelsens egen periode.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No such unlocker.</source>
        <translation>Personen findes ikke blandt dem, der er bemyndiget til oplåsning.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The user ID {user_id} is already recorded as locked.</source>
        <translation>Bruger-id&apos;et {user_id} er allerede registreret som låst.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only the security officer or a person the officer has authorised may unlock user IDs. {initials} is not authorised on {day}.</source>
        <translation>Kun den sikkerhedsansvarlige eller en person, som den sikkerhedsansvarlige har bemyndiget, må låse bruger-id&apos;er op. {initials} er ikke bemyndiget den {day}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is not authorised to unlock user IDs on {day}.</source>
        <translation>{name} er ikke bemyndiget til at låse bruger-id&apos;er op den {day}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Describe in the note how the identity was verified.</source>
        <translation>Beskriv i bemærkningen, hvordan identiteten blev kontrolleret.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The user ID was locked at {time}; the unlock cannot be earlier.</source>
        <translation>Bruger-id’et blev låst {time}; oplåsningen kan ikke ligge før.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The user ID {user_id} is not in the register.</source>
        <translation>Bruger-id&apos;et {user_id} findes ikke i registret.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/cli_registers.py" line="+251"/>
        <source>Give the time as YYYY-MM-DD HH:MM, for example 2024-05-01 09:30.</source>
        <translation>Angiv tidspunktet som ÅÅÅÅ-MM-DD TT:MM, for eksempel 2024-05-01 09:30.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/authorisation_control.py" line="-149"/>
        <source>No authorisation control with id {id}.</source>
        <translation>Der findes ingen autorisationskontrol med id {id}.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No authorisation control item with id {id}.</source>
        <translation>Der findes intet punkt i en autorisationskontrol med id {id}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No CPR action with id {id}.</source>
        <translation>Der findes ingen CPR-handling med id {id}.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>An authorisation control is quarterly or ad hoc, not {type}.</source>
        <extracomment>The snapshot is copied inside SQLite (INSERT … SELECT): binding 25 values per row from Python costs ~0.3 ms a row under ``cipher_memory_security`` (each bound text is an mlocked allocation), 3 s for 10,000 authorisations; copying in SQLite and then updating the few computed columns takes a tenth of that. Positions start negative (the authorisation id) so the final review order never collides with them under UNIQUE (control_id, position).</extracomment>
        <translation>En autorisationskontrol er kvartalsvis eller ad hoc, ikke {type}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The control day {day} is in the future.</source>
        <translation>Kontroldagen {day} ligger i fremtiden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The control period starts on {start}, after the control day {day}.</source>
        <translation>Kontrolperioden begynder den {start}, efter kontroldagen {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authorisation control {id} is still open: complete it first.</source>
        <translation>Autorisationskontrol {id} er stadig åben: Afslut den først.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Authorisation control {id} is completed; it can no longer change.</source>
        <translation>Autorisationskontrol {id} er afsluttet; den kan ikke længere ændres.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The decision is keep, change or revoke, not {decision}.</source>
        <translation>Afgørelsen skal være bevar, ændr eller tilbagekald, ikke {decision}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write a note: what is to change, or why the authorisation is revoked.</source>
        <translation>Skriv en bemærkning: hvad der skal ændres, eller hvorfor autorisationen tilbagekaldes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CPR action for this authorisation was carried out on {day}; the decision can no longer change.</source>
        <translation>CPR-handlingen for denne autorisation blev udført den {day}; afgørelsen kan ikke længere ændres.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+33"/>
        <source>The CPR action was already marked done on {day}.</source>
        <translation>CPR-handlingen er allerede markeret som udført den {day}.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The action&apos;s date must lie between the day the authorisation was granted ({start}) and today.</source>
        <translation>Handlingens dato skal ligge mellem den dag, autorisationen blev tildelt ({start}), og i dag.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Say why the CPR action is left open.</source>
        <translation>Angiv, hvorfor CPR-handlingen står åben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This revokes {count} authorisation(s) in the register, which only the security officer may change: ask the officer to complete the control.</source>
        <translation>Dette tilbagekalder {count} autorisation(er) i registret, som kun den sikkerhedsansvarlige må ændre: Bed den sikkerhedsansvarlige om at afslutte kontrollen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Authorisation control {id} is already completed.</source>
        <translation>Autorisationskontrol {id} er allerede afsluttet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} of {total} authorisations have no decision yet.</source>
        <translation>{count} af {total} autorisationer har endnu ingen afgørelse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} CPR action(s) are neither marked done nor left open with a note.</source>
        <translation>{count} CPR-handling(er) er hverken markeret som udført eller står åben med en bemærkning.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Authorisation control {id} cannot be completed yet.</source>
        <translation>Autorisationskontrol {id} kan endnu ikke afsluttes.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/cli_controls.py" line="+79"/>
        <location filename="../../cpradmin/cli_obligations.py" line="-101"/>
        <source>{value} is not a date. Write dates as YYYY-MM-DD, DD-MM-YYYY or DD.MM.YYYY.</source>
        <translation>{value} er ikke en dato. Skriv datoer som ÅÅÅÅ-MM-DD, DD-MM-ÅÅÅÅ eller DD.MM.ÅÅÅÅ.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/control_reports.py" line="+470"/>
        <source>Control #{id} is not completed yet: only the report of a completed control can be signed.</source>
        <translation>Kontrol nr. {id} er endnu ikke afsluttet: Kun rapporten for en afsluttet kontrol kan signeres.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/models/sampling.py" line="+61"/>
        <source>The sample&apos;s number per user must be a whole number, 0 or more.</source>
        <extracomment>Bump when anything above changes: the version is recorded with every control.</extracomment>
        <translation>Stikprøvens antal pr. bruger skal være et helt tal, 0 eller derover.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sample&apos;s share must be above 0 and at most 1 (100%).</source>
        <translation>Stikprøvens andel skal være over 0 og højst 1 (100 %).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sample&apos;s maximum size must be a whole number, 0 or more.</source>
        <translation>Stikprøvens maksimale størrelse skal være et helt tal, 0 eller derover.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/obligations.py" line="-102"/>
        <source>There is no obligation {ref} in the checklist.</source>
        <translation>Der er ingen forpligtelse {ref} i tjeklisten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{status} is not a status; use one of: {choices}.</source>
        <translation>{status} er ikke en status; brug en af: {choices}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The review date {day} is in the future.</source>
        <translation>Gennemgangsdatoen {day} ligger i fremtiden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The note is longer than {limit} characters.</source>
        <translation>Bemærkningen er længere end {limit} tegn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why in a note: an obligation that is partly met, not met or not applicable needs an explanation.</source>
        <translation>Forklar hvorfor i en bemærkning: En forpligtelse, der er delvist opfyldt, ikke opfyldt eller ikke relevant, kræver en forklaring.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An attached document needs a file name.</source>
        <translation>Et vedhæftet dokument skal have et filnavn.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No assessment with id {id}.</source>
        <translation>Der findes ingen vurdering med id {id}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The stored document does not match its recorded SHA-256.</source>
        <translation>Det gemte dokument svarer ikke til sin registrerede SHA-256.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/report_pdf.py" line="+246"/>
        <source>The report would show a CPR number unmasked, so it was not made. Please report this as a fault in cpradmin.</source>
        <extracomment>What a table cell may hold; the engine formats it in the document&apos;s language.</extracomment>
        <translation>Rapporten ville vise et CPR-nummer umaskeret, så den blev ikke dannet. Rapportér venligst dette som en fejl i cpradmin.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The report font {file} is missing from this installation.</source>
        <translation>Rapportens skrifttype {file} mangler i denne installation.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/signing.py" line="+100"/>
        <location line="+8"/>
        <source>No such signing certificate.</source>
        <extracomment>The wrapping key&apos;s HKDF label; a new scheme gets a new label, old rows keep theirs.</extracomment>
        <translation>Signeringscertifikatet findes ikke.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This certificate is already in the vault.</source>
        <translation>Dette certifikat findes allerede i boksen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The private key in the file does not belong to its certificate.</source>
        <translation>Den private nøgle i filen hører ikke til filens certifikat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate expired on {date}.</source>
        <translation>Certifikatet udløb den {date}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate may not be used for signatures (its key usage).</source>
        <translation>Certifikatet må ikke bruges til signaturer (ifølge dets nøgleanvendelse).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file is not a PKCS#12 certificate, or its password is wrong.</source>
        <translation>Filen er ikke et PKCS#12-certifikat, eller adgangskoden er forkert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PKCS#12 file must hold a certificate and its private key.</source>
        <translation>PKCS#12-filen skal indeholde et certifikat og den tilhørende private nøgle.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>This certificate belongs to {owner}; only they may sign with it.</source>
        <translation>Dette certifikat tilhører {owner}; kun vedkommende må signere med det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This certificate is retired or not valid today.</source>
        <translation>Dette certifikat er udfaset eller er ikke gyldigt i dag.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no signing certificate. Import your certificate (PKCS#12) or create the authority&apos;s signing certificate first.</source>
        <translation>Der er intet signeringscertifikat. Importér dit certifikat (PKCS#12), eller opret først myndighedens signeringscertifikat.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>A trusted certificate could not be read.</source>
        <translation>Et betroet certifikat kunne ikke læses.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../cpradmin/exports.py" line="+340"/>
        <source>There is no register called {register}. The registers are: {known}.</source>
        <translation>Der findes intet register med navnet {register}. Registrene er: {known}.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>A CSV file holds one register; choose one, or export to .xlsx.</source>
        <translation>En CSV-fil kan kun rumme ét register; vælg ét, eller eksportér til .xlsx.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to a file ending in .xlsx or .csv, not {name}.</source>
        <translation>Eksportér til en fil, der ender på .xlsx eller .csv, ikke {name}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../cpradmin/ui/export_dialog.py" line="+54"/>
        <source>Export the registers</source>
        <extracomment>The file was written (the core&apos;s ``ExportResult``).</extracomment>
        <translation>Eksportér registrene</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In the layout the import reads: a file exported from here imports again as unchanged.</source>
        <translation>I det format, som importen læser: En fil, der er eksporteret herfra, giver ingen ændringer, hvis den importeres igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;all</source>
        <translation>Vælg &amp;alle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;none</source>
        <translation>Vælg &amp;ingen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Registers</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column &amp;headings in:</source>
        <translation>Kolonne&amp;overskrifter på:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as .xlsx for all the chosen registers in one workbook (a sheet each), or as .csv for exactly one register.</source>
        <translation>Gem som .xlsx for at få alle de valgte registre i én projektmappe (ét ark til hvert), eller som .csv for præcis ét register.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPR numbers are masked in the file (DDMMYY-XXXX), and CPR-like numbers in notes are masked too. The file still holds personal data: store it safely, not on a shared drive or in an e-mail, and delete it when it is no longer needed. The export is recorded in the audit trail.</source>
        <translation>CPR-numre maskeres i filen (DDMMÅÅ-XXXX), og det samme gør tal i bemærkninger, der ligner CPR-numre. Filen indeholder stadig personoplysninger: Opbevar den sikkert, ikke på et fællesdrev eller i en e-mail, og slet den, når den ikke længere skal bruges. Eksporten registreres i revisionssporet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Employees</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User IDs</source>
        <translation>Bruger-id&apos;er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorisations</source>
        <translation>Autorisationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorisation history</source>
        <translation>Autorisationshistorik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programs</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlockers</source>
        <translation>Personer bemyndiget til oplåsning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lockouts</source>
        <translation>Låsninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchlist</source>
        <translation>Overvågningsliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulations</source>
        <translation>Interne regler</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cpradmin registers</source>
        <translation>cpradmin-registre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export to</source>
        <translation>Eksportér til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV file, one register (*.csv)</source>
        <translation>Excel-projektmappe (*.xlsx);;CSV-fil, ét register (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose at least one register.</source>
        <translation>Vælg mindst ét register.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to a file ending in .xlsx or .csv.</source>
        <translation>Eksportér til en fil, der ender på .xlsx eller .csv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A CSV file holds one register, and {count} are chosen. Choose one register, or save as .xlsx.</source>
        <translation>En CSV-fil kan kun rumme ét register, og der er valgt {count}. Vælg ét register, eller gem som .xlsx.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export {count} register(s) to {file}.</source>
        <translation>Eksportér til {file} (antal registre: {count}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting to {file}…</source>
        <translation>Eksporterer til {file}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported {rows} rows from {count} register(s) to:
{path}

Store the file safely and delete it when it is no longer needed.</source>
        <translation>Der er eksporteret {rows} rækker (antal registre: {count}) til:
{path}

Opbevar filen sikkert, og slet den, når den ikke længere skal bruges.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../cpradmin/ui/wizard.py" line="+184"/>
        <source>cpradmin — create the vault</source>
        <translation>cpradmin — opret boksen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to cpradmin</source>
        <translation>Velkommen til cpradmin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cpradmin keeps the register the CPR terms require of the security officer: employees and programs with CPR access, their authorisations, unlocks and controls — in one encrypted vault on this workstation.

First you create the vault and your account as security officer.</source>
        <translation>cpradmin fører den fortegnelse, som vilkårene for adgang til CPR kræver af den sikkerhedsansvarlige: medarbejdere og programmer med adgang til CPR, deres autorisationer, oplåsninger og kontroller — i én krypteret boks på denne arbejdsstation.

Først opretter du boksen og din konto som sikkerhedsansvarlig.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Creating the encrypted vault…</source>
        <translation>Opretter den krypterede boks…</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <location filename="../../cpradmin/ui/programs_view.py" line="+192"/>
        <source>Grant authorisation</source>
        <translation>Tildel autorisation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. 1001, 1002 (separate with commas)</source>
        <translation>f.eks. 1001, 1002 (adskil med kommaer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System &amp;user ID:</source>
        <translation>System-&amp;bruger-id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Granted on:</source>
        <translation>&amp;Tildelt den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expires on:</source>
        <translation>&amp;Udløber den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transaction types:</source>
        <translation>Tr&amp;ansaktionstyper:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Program: {name}</source>
        <translation>Program: {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The program has no system user ID.</source>
        <translation>Programmet har intet system-bruger-id.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authorisation expires before it is granted.</source>
        <translation>Autorisationen udløber, før den tildeles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the purpose of the authorisation.</source>
        <translation>Beskriv formålet med autorisationen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the transaction types the program may use.</source>
        <translation>Angiv de transaktionstyper, programmet må bruge.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../cpradmin/ui/employee_forms.py" line="+206"/>
        <source>Authorisation history</source>
        <translation>Autorisationens historik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Granted</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Expires</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profiles</source>
        <translation>Profiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction types</source>
        <translation>Transaktionstyper</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Revoked</source>
        <translation>Tilbagekaldt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../cpradmin/register_import.py" line="+206"/>
        <source>{file}, line {line}, column {column}: {problem}</source>
        <translation>{file}, linje {line}, kolonne {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../../cpradmin/cli_logs.py" line="+123"/>
        <location filename="../../cpradmin/register_import.py" line="+244"/>
        <source>{value} is not a date. Write dates as YYYY-MM-DD, DD-MM-YYYY or DD.MM.YYYY.</source>
        <extracomment>Row errors printed after an import (the rest are counted per reason).</extracomment>
        <translation>{value} er ikke en dato. Skriv datoer som ÅÅÅÅ-MM-DD, DD-MM-ÅÅÅÅ eller DD.MM.ÅÅÅÅ.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/register_import.py" line="+19"/>
        <source>The user ID {user_id} was masked by an export because it looks like a CPR number. Write the user ID in full.</source>
        <translation>Bruger-id&apos;et {user_id} blev maskeret ved en eksport, fordi det ligner et CPR-nummer. Skriv hele bruger-id&apos;et.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The CPR number had 9 digits; it was read as {masked}, assuming the spreadsheet dropped a leading zero. Please check it.</source>
        <translation>CPR-nummeret havde 9 cifre; det blev læst som {masked} ud fra en antagelse om, at regnearket har fjernet et foranstillet nul. Kontroller det venligst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+656"/>
        <source>The CPR number is not valid: {reason}</source>
        <translation>CPR-nummeret er ikke gyldigt: {reason}</translation>
    </message>
    <message>
        <location line="-646"/>
        <source>The name is missing; every row needs the employee&apos;s name.</source>
        <translation>Navnet mangler; hver række skal have medarbejderens navn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The employment ends ({end}) before it starts ({start}).</source>
        <translation>Ansættelsen slutter ({end}), før den begynder ({start}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user ID is missing; an authorisation belongs to a CPR user ID.</source>
        <translation>Bruger-id&apos;et mangler; en autorisation hører til et CPR-bruger-id.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date the authorisation was granted is missing; it identifies the authorisation.</source>
        <translation>Datoen for tildeling af autorisationen mangler; den identificerer autorisationen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+128"/>
        <source>The authorisation expires ({expires}) before it is granted ({granted}).</source>
        <translation>Autorisationen udløber ({expires}), før den tildeles ({granted}).</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>The row&apos;s {match} match {employee}, who has the CPR number {stored}, but the row says {given}. Correct the row, or the employee in cpradmin.</source>
        <translation>Rækkens {match} passer til {employee}, som har CPR-nummeret {stored}, men rækken angiver {given}. Ret rækken eller medarbejderen i cpradmin.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+515"/>
        <source>{value} differs from line {other}, which says {theirs} for the same {what}.</source>
        <translation>{value} afviger fra linje {other}, som angiver {theirs} for samme {what}.</translation>
    </message>
    <message>
        <location line="-504"/>
        <source>authorisation</source>
        <translation>autorisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employee</source>
        <translation>medarbejder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The initials {initials} belong to {stored}; the name will be changed to {name}. Check that this is the same person.</source>
        <translation>Initialerne {initials} tilhører {stored}; navnet ændres til {name}. Kontroller, at det er den samme person.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The masked CPR number {given} does not fit {employee}&apos;s CPR number {stored}.</source>
        <translation>Det maskerede CPR-nummer {given} passer ikke til CPR-nummeret {stored} for {employee}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CPR number is masked, so it cannot be stored. Enter it in cpradmin, or import a file with the full number.</source>
        <translation>CPR-nummeret er maskeret og kan derfor ikke gemmes. Indtast det i cpradmin, eller importér en fil med hele nummeret.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The employment would end ({end}) before it starts ({start}).</source>
        <translation>Ansættelsen ville slutte ({end}), før den begynder ({start}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the program {name}</source>
        <translation>programmet {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user ID {user_id} belongs to {owner}, not to {employee}.</source>
        <translation>Bruger-id&apos;et {user_id} tilhører {owner}, ikke {employee}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The authorisation of {user_id} granted on {granted} is revoked and cannot be changed. Grant a new one with another date.</source>
        <translation>Autorisationen for {user_id}, tildelt den {granted}, er tilbagekaldt og kan ikke ændres. Tildel en ny med en anden dato.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>{file}: the column {column} is not known and was ignored.</source>
        <translation>{file}: Kolonnen {column} er ukendt og blev ignoreret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: the column {column} is a second column for the same field as {first} and was ignored.</source>
        <translation>{file}: Kolonnen {column} er endnu en kolonne for samme felt som {first} og blev ignoreret.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} has no column for the employee&apos;s name (Navn or Name), so it cannot be imported. The columns found are: {columns}.</source>
        <translation>{file} har ingen kolonne med medarbejderens navn (Navn eller Name) og kan derfor ikke importeres. Fundne kolonner: {columns}.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The import of {file} was refused: {count} row error(s), and nothing was written. Correct the file and import it again.</source>
        <translation>Importen af {file} blev afvist: {count} fejl i rækkerne, og intet blev skrevet. Ret filen, og importér den igen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This import of {file} has already been written.</source>
        <translation>Denne import af {file} er allerede skrevet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The registers have changed since {file} was checked. Check the file again before importing it.</source>
        <translation>Registrene er ændret, siden {file} blev kontrolleret. Kontroller filen igen, før du importerer den.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>{file} has no column for the CPR number (CPR-nummer or CPR), so it cannot be imported. The columns found are: {columns}.</source>
        <translation>{file} har ingen kolonne med CPR-nummeret (CPR-nummer eller CPR) og kan derfor ikke importeres. Fundne kolonner: {columns}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The reason is missing; every watchlist entry needs one.</source>
        <translation>Begrundelsen mangler; hver post på overvågningslisten skal have en.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The CPR number is missing.</source>
        <translation>CPR-nummeret mangler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CPR number {masked} is masked; the watchlist needs the full number.</source>
        <translation>CPR-nummeret {masked} er maskeret; overvågningslisten kræver hele nummeret.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/tabular.py" line="+111"/>
        <source>{file} cannot be opened: {reason}</source>
        <translation>{file} kan ikke åbnes: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} is an old Excel workbook (.xls) or a password-protected one. Save it as .xlsx without a password, or as CSV.</source>
        <translation>{file} er en gammel Excel-projektmappe (.xls) eller en adgangskodebeskyttet projektmappe. Gem den som .xlsx uden adgangskode eller som CSV.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file}, line {line}: the text is not valid {encoding}. Save the file again as &quot;CSV UTF-8&quot; and import that.</source>
        <translation>{file}, linje {line}: Teksten er ikke gyldig {encoding}. Gem filen igen som &quot;CSV UTF-8&quot;, og importér den.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>{file}, line {line}: {reason}</source>
        <translation>{file}, linje {line}: {reason}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{file} is empty: there is no header row.</source>
        <translation>{file} er tom: Der er ingen overskriftsrække.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{file} is not a readable Excel workbook (.xlsx): it may be damaged.</source>
        <translation>{file} er ikke en læsbar Excel-projektmappe (.xlsx): Den kan være beskadiget.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{file} has no sheet named {sheet}. Its sheets are: {sheets}.</source>
        <translation>{file} har intet ark med navnet {sheet}. Dens ark er: {sheets}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../cpradmin/ui/import_dialog.py" line="+111"/>
        <source>Import employees, user IDs and authorisations</source>
        <extracomment>The import was written; the summary of what it did.</extracomment>
        <translation>Importér medarbejdere, bruger-id&apos;er og autorisationer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the watchlist</source>
        <translation>Importér overvågningslisten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the file</source>
        <translation>&amp;Kontroller filen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import employees with their CPR user IDs and authorisations from a CSV or XLSX file, for example one exported from cpradmin or from the HR system.

The file needs a column Navn (Name). The other columns are read by their headings as cpradmin exports them: Initialer, Afdeling, CPR-nummer, Bruger-ID, Gældende fra, Gældende til, Formål, Transaktionstyper and more. An empty cell never erases what is stored.</source>
        <translation>Importér medarbejdere med deres CPR-bruger-id&apos;er og autorisationer fra en CSV- eller XLSX-fil, for eksempel en fil, der er eksporteret fra cpradmin eller fra HR-systemet.

Filen skal have en kolonne Navn (eller Name). De øvrige kolonner læses ud fra deres overskrifter, sådan som cpradmin eksporterer dem: Initialer, Afdeling, CPR-nummer, Bruger-ID, Gældende fra, Gældende til, Formål, Transaktionstyper med flere. En tom celle sletter aldrig det, der allerede er gemt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import persons of special interest from a CSV or XLSX file with the columns CPR-nummer (the full number), Årsag (Reason) and Bemærkning (Note).</source>
        <translation>Importér personer af særlig interesse fra en CSV- eller XLSX-fil med kolonnerne CPR-nummer (hele nummeret), Årsag og Bemærkning.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is checked first and you see exactly what would change. Nothing is written until you press Import.</source>
        <translation>Filen kontrolleres først, og du ser præcis, hvad der vil blive ændret. Intet skrives, før du trykker på Importér.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No file chosen</source>
        <translation>Ingen fil valgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Refuse the whole file if any row has an error (recommended)</source>
        <translation>&amp;Afvis hele filen, hvis en række har fejl (anbefales)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Skip the rows with errors and import the other rows</source>
        <translation>&amp;Spring rækkerne med fejl over, og importér de øvrige rækker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If a row has an error</source>
        <translation>Hvis en række har fejl</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose the file to import</source>
        <translation>Vælg den fil, der skal importeres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Regneark (*.csv *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;What importing the file would do&lt;/b&gt;</source>
        <translation>&lt;b&gt;Det sker, hvis du importerer filen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Checking {file}…</source>
        <translation>Kontrollerer {file}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows</source>
        <translation>rækker</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-projektmappe (XLSX)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>semicolons</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>commas</source>
        <translation>kommaer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tabs</source>
        <translation>tabulatorer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vertical bars</source>
        <translation>lodrette streger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV, {encoding}, separated by {delimiter}</source>
        <translation>CSV, {encoding}, adskilt med {delimiter}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rows} data rows</source>
        <translation>{rows} datarækker</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New employees</source>
        <translation>Nye medarbejdere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed employees</source>
        <translation>Ændrede medarbejdere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New user IDs</source>
        <translation>Nye bruger-id&apos;er</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New authorisations</source>
        <translation>Nye autorisationer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed authorisations</source>
        <translation>Ændrede autorisationer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Unchanged rows</source>
        <translation>Uændrede rækker</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>New entries</source>
        <translation>Nye poster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed entries</source>
        <translation>Ændrede poster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows in the file</source>
        <translation>Rækker i filen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows with errors</source>
        <translation>Rækker med fejl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file has no data rows: there is nothing to import.</source>
        <translation>Filen har ingen datarækker: Der er intet at importere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{errors} row(s) have errors, and you chose to refuse the whole file if any row has an error, so nothing can be imported. Correct the rows listed under Errors and warnings and check the file again, or go back and choose to skip the rows with errors.</source>
        <translation>{errors} række(r) har fejl, og du har valgt at afvise hele filen, hvis en række har fejl, så intet kan importeres. Ret de rækker, der står under Fejl og advarsler, og kontroller filen igen, eller gå tilbage, og vælg at springe rækkerne med fejl over.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apart from the {errors} row(s) with errors, everything in the file is already recorded: there is nothing to import.</source>
        <translation>Bortset fra de {errors} række(r) med fejl er alt i filen allerede registreret: Der er intet at importere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything in the file is already recorded: there is nothing to import.</source>
        <translation>Alt i filen er allerede registreret: Der er intet at importere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been written yet. Press Import to write these changes in one step; if anything goes wrong, or you cancel, nothing is written.</source>
        <translation>Der er endnu ikke skrevet noget. Tryk på Importér for at skrive ændringerne i ét trin; hvis noget går galt, eller du annullerer, skrives der intet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{errors} row(s) with errors will be skipped.</source>
        <translation>{errors} række(r) med fejl springes over.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns read: {columns}</source>
        <translation>Indlæste kolonner: {columns}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns not in the file (those values stay as they are): {columns}</source>
        <translation>Kolonner, der ikke er i filen (de værdier forbliver uændrede): {columns}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hanges ({count})</source>
        <translation>Æ&amp;ndringer ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Errors and warnings ({count})</source>
        <translation>F&amp;ejl og advarsler ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;olumns ({count})</source>
        <translation>K&amp;olonner ({count})</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+19"/>
        <source>Importing {file}…</source>
        <translation>Importerer {file}…</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>changes</source>
        <translation>ændringer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} has changed since it was checked, so nothing was imported. Check the file again.</source>
        <translation>{file} er ændret, siden den blev kontrolleret, så intet blev importeret. Kontroller filen igen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The import of {file} is done. It was written in one step, with one entry in the audit trail.</source>
        <translation>Importen af {file} er gennemført. Den blev skrevet i ét trin med én post i revisionssporet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written: {added} new and {updated} changed entries.</source>
        <translation>Skrevet: {added} nye og {updated} ændrede poster.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {errors} row(s) with errors were not imported. Press Back to see them; correct them in the file and import it again (the rows imported now will then show as unchanged).</source>
        <translation>De {errors} række(r) med fejl blev ikke importeret. Tryk på Tilbage for at se dem; ret dem i filen, og importér den igen (de rækker, der er importeret nu, vises så som uændrede).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import was cancelled: nothing was changed. You can press Import to try again.</source>
        <translation>Importen blev annulleret: Intet blev ændret. Du kan trykke på Importér for at prøve igen.</translation>
    </message>
</context>
<context>
    <name>ImportsModel</name>
    <message>
        <location filename="../../cpradmin/ui/log_view.py" line="+502"/>
        <source>Imported</source>
        <translation>Importeret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows read</source>
        <translation>Læste rækker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Tilføjet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation>Dubletter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transaction statistics</source>
        <translation>Transaktionsstatistik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case file</source>
        <translation>Sagsfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR log</source>
        <translation>CPR-log</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System log</source>
        <translation>Systemlog</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <location filename="../../cpradmin/insight.py" line="+146"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Perioden slutter ({end}), før den begynder ({start}).</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Export to an .xlsx or .csv file, not {name}.</source>
        <translation>Eksportér til en .xlsx- eller .csv-fil, ikke {name}.</translation>
    </message>
</context>
<context>
    <name>InsightDialog</name>
    <message>
        <location filename="../../cpradmin/ui/insight_dialog.py" line="+96"/>
        <source>Insight request</source>
        <extracomment>The reply file was written (the core&apos;s ``InsightExport``).</extracomment>
        <translation>Indsigtsanmodning</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DDMMYY-SSSS</source>
        <translation>DDMMÅÅ-SSSS</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The person&apos;s &amp;CPR number:</source>
        <translation>Personens &amp;CPR-nummer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preview lists every lookup concerning the person in the imported logs: date, time, transaction type and the authority&apos;s purpose. Employees&apos; names and user IDs are not shown and not exported.</source>
        <translation>Forhåndsvisningen viser alle opslag vedrørende personen i de importerede logfiler: dato, tidspunkt, transaktionstype og myndighedens formål. Medarbejdernes navne og bruger-id&apos;er vises ikke og eksporteres ikke.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Show lookups</source>
        <translation>&amp;Vis opslag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Press Show lookups to see the lookups again.</source>
        <translation>Tryk på Vis opslag for at se opslagene igen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Finding the lookups…</source>
        <translation>Finder opslagene…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} lookup(s) concerning {cpr} from {start} to {end}.</source>
        <translation>{count} opslag vedrørende {cpr} fra {start} til {end}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} lookup(s) have no registered purpose (the user ID is not in the register, or it has no authorisation, program or department): find the purpose before the reply is sent.</source>
        <translation>{count} opslag har intet registreret formål (bruger-id&apos;et findes ikke i registret, eller det har ingen autorisation, intet program eller ingen afdeling): Find formålet, før svaret sendes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Times in the hour the clocks go back may be summer or winter time; they are marked.</source>
        <translation>Tidspunkter i den time, hvor urene stilles tilbage, kan være sommer- eller vintertid; de er markeret.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Insight {cpr} {today}</source>
        <translation>Indsigt {cpr} {today}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the insight reply to</source>
        <translation>Eksportér svaret på indsigtsanmodningen til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-projektmappe (*.xlsx);;CSV-fil (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export to a file ending in .xlsx or .csv.</source>
        <translation>Eksportér til en fil, der ender på .xlsx eller .csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the lookups concerning {cpr} to {file}.</source>
        <translation>Eksportér opslagene vedrørende {cpr} til {file}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count} lookup(s) were exported to {file}. The CPR number is masked in the file; it still holds personal data: store it safely and delete it when the reply has been sent. The export is recorded in the audit trail.</source>
        <translation>{count} opslag blev eksporteret til {file}. CPR-nummeret er maskeret i filen, men den indeholder stadig personoplysninger: Opbevar den sikkert, og slet den, når svaret er sendt. Eksporten registreres i revisionssporet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting to {file}…</source>
        <translation>Eksporterer til {file}…</translation>
    </message>
</context>
<context>
    <name>InsightModel</name>
    <message>
        <location line="-223"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Klokkeslæt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <location filename="../../cpradmin/ui/import_dialog.py" line="-501"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
</context>
<context>
    <name>LockoutDialog</name>
    <message>
        <location filename="../../cpradmin/ui/unlocks_view.py" line="-146"/>
        <source>Record lockout</source>
        <translation>Registrer låsning</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>User &amp;ID:</source>
        <translation>Bruger-&amp;id:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Locked at:</source>
        <translation>&amp;Låst den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Bemærkning:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the user ID that was locked.</source>
        <translation>Vælg det bruger-id, der blev låst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user ID {user_id} is not in the register.</source>
        <translation>Bruger-id&apos;et {user_id} findes ikke i registret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user ID {user_id} is already recorded as locked.</source>
        <translation>Bruger-id&apos;et {user_id} er allerede registreret som låst.</translation>
    </message>
</context>
<context>
    <name>LockoutsModel</name>
    <message>
        <location line="-307"/>
        <source>Locked at</source>
        <translation>Låst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>Bruger-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocked at</source>
        <translation>Låst op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Kontrol af identitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Registreret af</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
</context>
<context>
    <name>LogImport</name>
    <message>
        <location filename="../../cpradmin/log_import.py" line="+263"/>
        <source>The user ID is missing.</source>
        <extracomment>Rows parsed and written between two progress reports and cancel checks. Rows converted column by column at a time: small enough to stay in the CPU&apos;s cache. Row errors kept with their details; beyond this only the counts per reason grow. Rows read to decide the date format. Distinct extra texts (search criteria may be free text) kept in memory while importing. Rebuild the indexes after the load unless the vault holds this many times the new rows. Bytes of sort memory per row when building an index (record plus sorter overhead). Where the time went (seconds): read + check, insert, duplicates, indexes, commit.</extracomment>
        <translation>Bruger-id&apos;et mangler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user ID {value} is not valid (spaces, control characters or more than 64 characters).</source>
        <translation>Bruger-id&apos;et {value} er ikke gyldigt (mellemrum, kontroltegn eller mere end 64 tegn).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user ID {value} looks like a CPR number: check the columns.</source>
        <translation>Bruger-id&apos;et {value} ligner et CPR-nummer: Kontroller kolonnerne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time {value} cannot be read as {format} HH:MM[:SS].</source>
        <translation>Tidspunktet {value} kan ikke læses som {format} TT:MM[:SS].</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time {value} lies outside what a log can hold (2000 until today).</source>
        <translation>Tidspunktet {value} ligger uden for det, en log kan indeholde (fra 2000 til i dag).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not a valid CPR number.</source>
        <translation>{value} er ikke et gyldigt CPR-nummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transaction type is missing.</source>
        <translation>Transaktionstypen mangler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system is missing: a system-to-system log names it on every row.</source>
        <translation>Systemet mangler: En system-til-system-log angiver det i hver række.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The row has {found} columns, the header has {expected}.</source>
        <translation>Rækken har {found} kolonner, men overskriftsrækken har {expected}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The line is not valid {encoding} text.</source>
        <translation>Linjen er ikke gyldig {encoding}-tekst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line cannot be read as CSV.</source>
        <translation>Linjen kan ikke læses som CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a whole number of transactions.</source>
        <translation>{value} er ikke et helt antal transaktioner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period is missing or not a valid date range.</source>
        <translation>Perioden mangler eller er ikke et gyldigt datointerval.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault already holds a different count for this user, transaction and period.</source>
        <translation>Boksen indeholder allerede et andet antal for denne bruger, transaktion og periode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case number is missing.</source>
        <translation>Sagsnummeret mangler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CPR number is missing.</source>
        <translation>CPR-nummeret mangler.</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>{file} has no column for: {missing}. The columns found are: {columns}. Use a column profile (--profile) for this export.</source>
        <translation>{file} har ingen kolonne for: {missing}. Fundne kolonner: {columns}. Brug en kolonneprofil (--profile) til denne eksport.</translation>
    </message>
    <message>
        <location line="+455"/>
        <source>{file}: the times are in no known format (YYYY-MM-DD, DD-MM-YYYY or DD.MM.YYYY, each with HH:MM or HH:MM:SS). Use a column profile with a date format.</source>
        <extracomment>Which of (cpr, terminal, criterion, system) the file has a column for.</extracomment>
        <translation>{file}: Tidspunkterne har intet kendt format (ÅÅÅÅ-MM-DD, DD-MM-ÅÅÅÅ eller DD.MM.ÅÅÅÅ, hver med TT:MM eller TT:MM:SS). Brug en kolonneprofil med et datoformat.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{file} was imported already: import #{id} ({earlier}, {at} by {by}) has the same content (SHA-256). Nothing was added.</source>
        <translation>{file} er allerede importeret: Import nr. {id} ({earlier}, {at} af {by}) har samme indhold (SHA-256). Intet blev tilføjet.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>There is no column profile named {name}.</source>
        <translation>Der findes ingen kolonneprofil med navnet {name}.</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>The column profile {name} cannot be saved: {problems}.</source>
        <translation>Kolonneprofilen {name} kan ikke gemmes: {problems}.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{file} has no column for: {missing}. The columns found are: {columns}.</source>
        <translation>{file} har ingen kolonne for: {missing}. Fundne kolonner: {columns}.</translation>
    </message>
</context>
<context>
    <name>LogImportDialog</name>
    <message>
        <location filename="../../cpradmin/ui/log_import_dialog.py" line="+52"/>
        <source>Import a log</source>
        <extracomment>The import was written: its ``LogImportResult`` (statistics: ``StatisticsOutcome``).</extracomment>
        <translation>Importér en log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import transaction statistics</source>
        <translation>Importér transaktionsstatistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a case file</source>
        <translation>Importér en sagsfil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import a log as CSV or XLSX: the CPR office&apos;s log search export, or a log of our own system-to-system users. Danish and English headers are recognised (Bruger-ID, Tidspunkt or Dato and Tid, Transaktion, CPR-nummer, Terminal…); for other headers, map the columns once and save them as a profile.

The import is one step: if it is cancelled or fails, nothing is written. Rows already in the vault from an overlapping file are not added twice.</source>
        <translation>Importér en log som CSV eller XLSX: CPR-kontorets eksport fra logsøgningen eller en log fra vores egne system-til-system-brugere. Danske og engelske kolonneoverskrifter genkendes (Bruger-ID, Tidspunkt eller Dato og Tid, Transaktion, CPR-nummer, Terminal…); ved andre overskrifter angiver du kolonnerne én gang og gemmer dem som en profil.

Importen sker i ét trin: Hvis den annulleres eller mislykkes, skrives der intet. Rækker, der allerede er i boksen fra en overlappende fil, tilføjes ikke to gange.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import the CPR office&apos;s transaction statistics (counts per user ID and transaction type) as CSV or XLSX, with the columns Bruger-ID, Transaktion, Antal and the period (Fra and Til, or Måned). They are compared with the imported log, and every difference is listed.</source>
        <translation>Importér CPR-kontorets transaktionsstatistik (antal pr. bruger-id og transaktionstype) som CSV eller XLSX med kolonnerne Bruger-ID, Transaktion, Antal og perioden (Fra og Til eller Måned). Statistikken sammenlignes med den importerede log, og alle afvigelser vises.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import case explanations as CSV or XLSX, with the columns Bruger-ID, CPR-nummer, Sagsnummer, Fra and Til. A lookup covered by an open case of that user is explained and not shown as a finding.</source>
        <translation>Importér sagsforklaringer som CSV eller XLSX med kolonnerne Bruger-ID, CPR-nummer, Sagsnummer, Fra og Til. Et opslag, der er dækket af en åben sag hos samme bruger, er forklaret og vises ikke som et fund.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No file chosen</source>
        <translation>Ingen fil valgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>Vælg &amp;fil…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CPR office&apos;s log search</source>
        <translation>CPR-kontorets logsøgning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Our own system-to-system log</source>
        <translation>Vores egen system-til-system-log</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Map the columns…</source>
        <translation>Angiv &amp;kolonnerne…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-åååå</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source:</source>
        <translation>Kilde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns:</source>
        <translation>Kolonner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period, if the file has none:</source>
        <translation>Periode, hvis filen ikke angiver en:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Recognise the columns from the headers</source>
        <translation>Genkend kolonnerne ud fra overskrifterne</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Logs and spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Logfiler og regneark (*.csv *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Checking for rows already in the vault and building the indexes…</source>
        <translation>Søger efter rækker, der allerede er i boksen, og opbygger indeksene…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Type the period as two dates, dd-mm-yyyy.</source>
        <translation>Angiv perioden som to datoer, dd-mm-åååå.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing {file}…</source>
        <translation>Importerer {file}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows</source>
        <translation>rækker</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>Importen blev annulleret: Intet blev ændret.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The column profile {name} is saved.</source>
        <translation>Kolonneprofilen {name} er gemt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rows read:</source>
        <translation>Indlæste rækker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted:</source>
        <translation>Accepteret:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected:</source>
        <translation>Afvist:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the vault:</source>
        <translation>Allerede i boksen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added:</source>
        <translation>Tilføjet:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Copy the rejected rows</source>
        <translation>K&amp;opiér de afviste rækker</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only di&amp;fferences</source>
        <translation>Kun af&amp;vigelser</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Rejected rows ({count})</source>
        <translation>Afviste &amp;rækker ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every rejected row, with the column and the reason; CPR numbers are masked. Ctrl+C copies the selected rows.</source>
        <translation>Alle afviste rækker med kolonne og årsag; CPR-numre er maskeret. Ctrl+C kopierer de valgte rækker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first {shown} of {total} rejected rows are listed. By reason: {reasons}.</source>
        <translation>De første {shown} af {total} afviste rækker vises. Fordelt på årsag: {reasons}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} is imported, in one step with one entry in the audit trail (SHA-256 {sha}…).</source>
        <translation>{file} er importeret i ét trin med én post i revisionssporet (SHA-256 {sha}…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period: {start} – {end} (Danish time).</source>
        <translation>Periode: {start} – {end} (dansk tid).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>profile {name}</source>
        <translation>profil {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as: {details}.</source>
        <translation>Læst som: {details}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} rows fall in the autumn hour that happens twice (02:00-02:59 on the last Sunday of October); they are kept and marked in the log view.</source>
        <translation>{count} rækker ligger i den time om efteråret, der forekommer to gange (02:00-02:59 den sidste søndag i oktober); de bevares og markeres i logvisningen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} rows give a time in the spring hour that does not exist; they are kept, one hour later, and marked.</source>
        <translation>{count} rækker angiver et tidspunkt i den time om foråret, der ikke findes; de bevares med et tidspunkt en time senere og markeres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} rows were in the vault already (from an earlier, overlapping file) and were not added again.</source>
        <translation>{count} rækker var allerede i boksen (fra en tidligere, overlappende fil) og blev ikke tilføjet igen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Differences ({count})</source>
        <translation>&amp;Afvigelser ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file added no statistics, so there is nothing to compare.</source>
        <translation>Filen tilføjede ingen statistik, så der er intet at sammenligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For {start} – {end}, the CPR office&apos;s counts differ from the imported log for {count} user ID and transaction type pairs. A missing log file, or lookups outside the log, are the usual causes.</source>
        <translation>For {start} – {end} afviger CPR-kontorets antal fra den importerede log for {count} kombinationer af bruger-id og transaktionstype. De typiske årsager er en manglende logfil eller opslag, der ikke er med i loggen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For {start} – {end}, the CPR office&apos;s counts agree with the imported log for every user ID and transaction type.</source>
        <translation>For {start} – {end} stemmer CPR-kontorets antal overens med den importerede log for alle bruger-id&apos;er og transaktionstyper.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../cpradmin/ui/log_view.py" line="-408"/>
        <source>Time</source>
        <extracomment>Pages whose rows stay in memory (the rest are fetched again when scrolled back to). Filters typed in a field apply this long after the last keystroke. Characters of the SHA-256 shown in the imports panel (the tooltip has all 64). The roles the log table answers (a repaint asks more). A row and its cell texts.</extracomment>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>Bruger-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search criterion</source>
        <translation>Søgekriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:line</source>
        <translation>Fil:linje</translation>
    </message>
    <message>
        <location line="+334"/>
        <source>{time} (ambiguous)</source>
        <extracomment>Loading, counts, progress of a search or an error changed: the view updates its line. Every matching row counted (None while unknown). The pages reached the end of what matches. How far the current search got through the rows it must scan (0..1). Pages fetched so far, first fetches and fetches again (tests watch it).</extracomment>
        <translation>{time} (tvetydig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} (clock change)</source>
        <translation>{time} (tidsomstilling)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last Sunday of October the hour 02:00-02:59 happens twice (summer time, then winter time). The log does not say which: this lookup may also have happened one hour later.</source>
        <translation>Den sidste søndag i oktober forekommer timen 02:00-02:59 to gange (først sommertid, derefter vintertid). Loggen angiver ikke hvilken: Dette opslag kan også være foretaget en time senere.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file gives a time between 02:00 and 02:59 on the last Sunday of March, an hour that does not exist (the clocks go forward). It is shown one hour later, as the clock would have shown it.</source>
        <translation>Filen angiver et tidspunkt mellem 02:00 og 02:59 den sidste søndag i marts, en time, der ikke findes (urene stilles frem). Det vises en time senere, sådan som uret ville have vist det.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CPR log</source>
        <translation>CPR-log</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System log</source>
        <translation>Systemlog</translation>
    </message>
</context>
<context>
    <name>LogQueries</name>
    <message>
        <location filename="../../cpradmin/log_queries.py" line="+213"/>
        <source>{value} is not a valid CPR number.</source>
        <extracomment>Rows per page the view asks for. Ids one window of an unindexed scan covers (a window is one statement). A page or count step stops after this long and reports where it got to. SQLite VM steps between two cancel checks in a long statement. Keys a time-order count reads between two looks at the clock. A period shorter than this share of what the imports cover is located over an index.</extracomment>
        <translation>{value} er ikke et gyldigt CPR-nummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
</context>
<context>
    <name>LogRowPanel</name>
    <message>
        <location filename="../../cpradmin/ui/log_view.py" line="+77"/>
        <source>Time:</source>
        <translation>Tidspunkt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User ID:</source>
        <translation>Bruger-id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction:</source>
        <translation>Transaktion:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPR number:</source>
        <translation>CPR-nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminal:</source>
        <translation>Terminal:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search criterion:</source>
        <translation>Søgekriterium:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source:</source>
        <translation>Kilde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File and line:</source>
        <translation>Fil og linje:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>O&amp;nly this user</source>
        <translation>Kun denne &amp;bruger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Onl&amp;y this person</source>
        <translation>Kun denne &amp;person</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a row to see it in full.</source>
        <translation>Vælg en række for at se den fuldt ud.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}, line {line}</source>
        <translation>{file}, linje {line}</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location line="+49"/>
        <source>e.g. KOM01234</source>
        <extracomment>(masked, digits) of the person filtered on: the field shows only the mask.</extracomment>
        <translation>f.eks. KOM01234</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DDMMYY-SSSS, in full</source>
        <translation>DDMMÅÅ-SSSS, hele nummeret</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-åååå</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All logs</source>
        <translation>Alle logge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR log</source>
        <translation>CPR-log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System logs</source>
        <translation>Systemlogge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cl&amp;ear filters</source>
        <translation>&amp;Nulstil filtre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User ID:</source>
        <translation>&amp;Bruger-id:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transaction:</source>
        <translation>&amp;Transaktion:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sou&amp;rce:</source>
        <translation>&amp;Kilde:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;o:</source>
        <translation>T&amp;il:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import:</source>
        <translation>I&amp;mportér:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import &amp;log…</source>
        <translation>Importér &amp;log…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import transaction &amp;statistics…</source>
        <translation>Importér transaktion&amp;sstatistik…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;case file…</source>
        <translation>Importér s&amp;agsfil…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Imported files</source>
        <translation>Importerede filer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;h3&gt;Log&lt;/h3&gt;Every imported log row. With a user ID or a person the rows are in time order; otherwise in the order they were imported (file by file, line by line). CPR numbers are masked; the person filter takes the number in full.</source>
        <translation>&lt;h3&gt;Log&lt;/h3&gt;Alle importerede logrækker. Med et bruger-id eller en person vises rækkerne i tidsrækkefølge; ellers i den rækkefølge, de blev importeret (fil for fil, linje for linje). CPR-numre er maskeret; personfilteret kræver hele nummeret.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>All transactions</source>
        <translation>Alle transaktioner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All imports</source>
        <translation>Alle importer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#{id} {file}</source>
        <translation>Nr. {id} {file}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type the person&apos;s whole CPR number (DDMMYY-SSSS).</source>
        <translation>Indtast personens fulde CPR-nummer (DDMMÅÅ-SSSS).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type dates as dd-mm-yyyy.</source>
        <translation>Indtast datoer som dd-mm-åååå.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No log rows are imported yet.</source>
        <translation>Der er endnu ikke importeret nogen logrækker.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rows match the filter.</source>
        <translation>Ingen rækker matcher filteret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} rows</source>
        <translation>{count} rækker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≥ {count} rows</source>
        <translation>≥ {count} rækker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(searching… {percent} %)</source>
        <translation>(søger… {percent} %)</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../cpradmin/ui/login.py" line="+37"/>
        <source>cpradmin — log in</source>
        <translation>cpradmin — log ind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h2&gt;cpradmin&lt;/h2&gt;The CPR security officer&apos;s register</source>
        <translation>&lt;h2&gt;cpradmin&lt;/h2&gt;Den sikkerhedsansvarliges fortegnelse over CPR-adgang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other vault…</source>
        <translation>Anden boks…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vault:</source>
        <translation>Boks:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Initials:</source>
        <translation>&amp;Initialer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Log in</source>
        <translation>&amp;Log ind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the &amp;recovery key…</source>
        <translation>Brug &amp;gendannelsesnøglen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter your initials and password.</source>
        <translation>Indtast dine initialer og din adgangskode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the vault…</source>
        <translation>Åbner boksen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovery key</source>
        <translation>Gendannelsesnøgle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the recovery key printed when the vault was created.
The security officer must choose a new password afterwards.</source>
        <translation>Indtast den gendannelsesnøgle, der blev udskrevet, da boksen blev oprettet.
Den sikkerhedsansvarlige skal derefter vælge en ny adgangskode.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening the vault with the recovery key…</source>
        <translation>Åbner boksen med gendannelsesnøglen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a vault</source>
        <translation>Åbn en boks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cpradmin vaults (*.vault);;All files (*)</source>
        <translation>cpradmin-bokse (*.vault);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cpradmin/ui/main_window.py" line="+58"/>
        <source>cpradmin — {name}</source>
        <translation>cpradmin — {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employees</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System-to-system</source>
        <translation>System-til-system</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock register</source>
        <translation>Oplåsningsregister</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watchlist</source>
        <translation>Overvågningsliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log control</source>
        <translation>Logkontrol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction statistics</source>
        <translation>Transaktionsstatistik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorisation control</source>
        <translation>Autorisationskontrol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Obligations checklist</source>
        <translation>Tjekliste over forpligtelser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal regulations</source>
        <translation>Interne regler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit trail</source>
        <translation>Revisionsspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Vault</source>
        <translation>&amp;Boks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Change password…</source>
        <translation>&amp;Skift adgangskode…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My &amp;details for the password rules…</source>
        <translation>Mine oplysninger til a&amp;dgangskodereglerne…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;ontrols</source>
        <translation>&amp;Kontroller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insight request…</source>
        <translation>&amp;Indsigtsanmodning…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify a report…</source>
        <translation>&amp;Verificér en rapport…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing &amp;certificates…</source>
        <translation>Signerings&amp;certifikater…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About cpradmin</source>
        <translation>&amp;Om cpradmin</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Logged in: {name} ({initials}), {role}</source>
        <translation>Logget ind: {name} ({initials}), {role}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bound to this workstation</source>
        <translation>Bundet til denne arbejdsstation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password only (not bound to this workstation)</source>
        <translation>Kun adgangskode (ikke bundet til denne arbejdsstation)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About cpradmin</source>
        <translation>Om cpradmin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cpradmin {version}
The CPR security officer&apos;s register, controls and documentation.</source>
        <translation>cpradmin {version}
Den sikkerhedsansvarliges fortegnelse over CPR-adgang, kontroller og dokumentation.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Dismiss</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>Obligations</name>
    <message>
        <location filename="../../cpradmin/models/obligations.py" line="+36"/>
        <source>Not assessed</source>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>Opfyldt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly met</source>
        <translation>Delvist opfyldt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not met</source>
        <translation>Ikke opfyldt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>Ikke relevant</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Authorisation and access control</source>
        <translation>Autorisation og adgangskontrol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control of CPR authorisations and queries</source>
        <translation>Kontrol af CPR-autorisationer og -forespørgsler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data communication access</source>
        <translation>Datakommunikationsadgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client installations</source>
        <translation>Klientinstallationer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home workstations</source>
        <translation>Hjemmearbejdspladser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing of CPR numbers</source>
        <translation>Behandling af CPR-numre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing and disclosure of CPR data</source>
        <translation>Behandling og videregivelse af CPR-oplysninger</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Security officer designated</source>
        <translation>Sikkerhedsansvarlig udpeget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authority has designated a security officer who is responsible for compliance with the CPR terms.</source>
        <translation>Myndigheden har udpeget en sikkerhedsansvarlig, der har ansvaret for, at vilkårene for adgang til CPR overholdes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Internal regulations established</source>
        <translation>Interne regler fastsat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local internal regulations on security measures are established.</source>
        <translation>Der er fastsat lokale interne regler om sikkerhedsforanstaltninger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Security measures observed</source>
        <translation>Sikkerhedsforanstaltninger overholdes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The security measures of the internal regulations are observed in practice.</source>
        <translation>Sikkerhedsforanstaltningerne i de interne regler overholdes i praksis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access on a need-to-know basis</source>
        <translation>Adgang efter arbejdsbetinget behov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR access is granted only to employees who need it for their work, and only for the purposes they need it for.</source>
        <translation>Der gives kun CPR-adgang til medarbejdere, der har brug for den i deres arbejde, og kun til de formål, de har brug for den til.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Update access only for reporting employees</source>
        <translation>Opdateringsadgang kun for indberettende medarbejdere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the authority reports data to the CPR (municipalities, church registrars, courts, hospitals, tax authorities and others named in the terms), access is granted only to the employees who report data.</source>
        <translation>Hvor myndigheden indberetter oplysninger til CPR (kommuner, kirkebogsførere, domstole, sygehuse, skattemyndigheder og andre, der er nævnt i vilkårene), gives der kun adgang til de medarbejdere, der indberetter oplysninger.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data reported by the proper person</source>
        <translation>Oplysninger indberettes af rette person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data reported through a self-service server, such as a change of address, are reported by the proper person.</source>
        <translation>Oplysninger, der indberettes via en selvbetjeningsserver, f.eks. en flytteanmeldelse, indberettes af rette person.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Employees trained</source>
        <translation>Medarbejdere har fået undervisning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The employees are trained in the use of CPR access.</source>
        <translation>Medarbejderne har fået undervisning i brugen af CPR-adgangen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employees know the rules</source>
        <translation>Medarbejdere kender reglerne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The employees are familiar with the internal regulations and the CPR terms.</source>
        <translation>Medarbejderne er bekendt med de interne regler og vilkårene for adgang til CPR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personal user IDs and passwords</source>
        <translation>Personlige bruger-id&apos;er og adgangskoder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each employee has a personal CPR user ID whose password is changed at first logon to one only the employee knows; when an employee gives up the authorisation, the officer has the password changed to one only the officer knows.</source>
        <translation>Hver medarbejder har et personligt CPR-bruger-id, hvis adgangskode ved første login skiftes til en, som kun medarbejderen kender; når en medarbejder ikke længere skal have autorisationen, sørger den sikkerhedsansvarlige for, at adgangskoden skiftes til en, som kun den sikkerhedsansvarlige kender.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>System-to-system user ID</source>
        <translation>System-til-system-bruger-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A system-to-system program&apos;s single system user ID gets a confidential password at first use, and each employee uses the authorisation ID the authority issued in its own system.</source>
        <translation>Et system-til-system-programs ene system-bruger-id får en fortrolig adgangskode ved første brug, og hver medarbejder bruger det autorisations-id, som myndigheden har udstedt i sit eget system.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List of authorised employees and programs</source>
        <translation>Liste over autoriserede medarbejdere og programmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The officer keeps a list of the employees and system-to-system programs with authorisation, with the date each authorisation was granted and expires.</source>
        <translation>Den sikkerhedsansvarlige fører en liste over de medarbejdere og system-til-system-programmer, der har autorisation, med datoen for, hvornår hver autorisation er tildelt, og hvornår den udløber.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password rules observed</source>
        <translation>Regler for adgangskoder overholdes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees keep the password rules: personal and never shared, changed at least every 90 days and when it may have been disclosed, not reused, valid characters only, no running numbers, nothing easy to guess.</source>
        <translation>Medarbejderne overholder reglerne for adgangskoder: personlige og aldrig delt med andre, skiftet mindst hver 90. dag og når de kan være blevet kendt af andre, ikke genbrugt, kun gyldige tegn, ingen fortløbende numre og intet, der er let at gætte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Locked user IDs unlocked by authorised persons</source>
        <translation>Låste bruger-id&apos;er låses op af bemyndigede personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A user ID locked after five failed attempts is unlocked only by the security officer or persons the officer has authorised.</source>
        <translation>Et bruger-id, der er låst efter fem mislykkede forsøg, låses kun op af den sikkerhedsansvarlige eller af personer, som den sikkerhedsansvarlige har bemyndiget.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only necessary data, no private use</source>
        <translation>Kun nødvendige oplysninger, ingen privat brug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees look up only the data their case work needs; any private use of the CPR is forbidden.</source>
        <translation>Medarbejderne slår kun de oplysninger op, som deres sagsbehandling kræver; enhver privat brug af CPR er forbudt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log out or lock when leaving</source>
        <translation>Log ud eller lås, når arbejdspladsen forlades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees log out of the CPR, or lock the workstation with a personal password, before leaving it.</source>
        <translation>Medarbejderne logger ud af CPR eller låser arbejdsstationen med en personlig adgangskode, før de forlader den.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internal regulations on control, updated yearly</source>
        <translation>Interne regler om kontrol, opdateres årligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal regulations for ongoing control of authorisations and queries are in place, reflect the actual facts and are updated at least once a year.</source>
        <translation>Der er interne regler for løbende kontrol af autorisationer og forespørgsler; de afspejler de faktiske forhold og opdateres mindst én gang om året.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documentation available on request</source>
        <translation>Dokumentation kan udleveres på anmodning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of the internal regulations and documentation of the controls carried out can be handed to the CPR Administration on request.</source>
        <translation>En kopi af de interne regler og dokumentation for de udførte kontroller kan udleveres til CPR-administrationen på anmodning.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Authorisation control every third month</source>
        <translation>Autorisationskontrol hver tredje måned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CPR authorisations are controlled at least every third month.</source>
        <translation>CPR-autorisationerne kontrolleres mindst hver tredje måned.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log control every third month</source>
        <translation>Logkontrol hver tredje måned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A control based on the log search and the transaction statistics shows whether employees use their authorisations lawfully; it is done at intervals of no more than three months.</source>
        <translation>En kontrol på grundlag af logsøgningen og transaktionsstatistikken viser, om medarbejderne bruger deres autorisationer lovligt; den udføres med højst tre måneders mellemrum.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>System-to-system: own log and monthly statistics</source>
        <translation>System-til-system: egen log og månedlig statistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With system-to-system access the authority records each user&apos;s transactions in its own system, makes similar statistics monthly and carries out similar controls.</source>
        <translation>Ved system-til-system-adgang registrerer myndigheden hver brugers transaktioner i sit eget system, udarbejder tilsvarende statistik hver måned og udfører tilsvarende kontroller.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Control on suspected abuse</source>
        <translation>Kontrol ved mistanke om misbrug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When abuse of CPR access is suspected, a control is carried out, in addition to the ongoing controls.</source>
        <translation>Ved mistanke om misbrug af CPR-adgang udføres der en kontrol ud over de løbende kontroller.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Batch deliveries by file transfer</source>
        <translation>Batchleverancer via filoverførsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch deliveries are received by file transfer only.</source>
        <translation>Batchleverancer modtages kun via filoverførsel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secure data transfer</source>
        <translation>Sikker dataoverførsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data are transferred as the CPR Administration&apos;s rules require, with encryption and IP address verification, so they are not compromised.</source>
        <translation>Data overføres, som CPR-administrationens regler kræver, med kryptering og kontrol af IP-adresse, så de ikke kompromitteres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No online batches without approval</source>
        <translation>Ingen onlinebatches uden godkendelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System-to-system access is not used for online batches without the CPR Administration&apos;s prior approval.</source>
        <translation>System-til-system-adgang bruges ikke til onlinebatches uden CPR-administrationens forudgående godkendelse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IP address pools used only by the authority</source>
        <translation>IP-adressepuljer bruges kun af myndigheden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IP address pools assigned for traffic to and from the CPR are used only by the authority or by public clients with similar CPR access.</source>
        <translation>De IP-adressepuljer, der er tildelt til trafik til og fra CPR, bruges kun af myndigheden eller af offentlige klienter med tilsvarende CPR-adgang.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Administrative network protected</source>
        <translation>Administrativt netværk beskyttet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrative local area network is protected against access by unauthorised third parties.</source>
        <translation>Det administrative lokalnetværk er beskyttet mod adgang for uvedkommende tredjeparter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No data sniffing from outside PCs</source>
        <translation>Ingen aflytning af data fra eksterne pc&apos;er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PCs that are not part of the administration cannot sniff data on the administrative network.</source>
        <translation>Pc&apos;er, der ikke er en del af administrationen, kan ikke aflytte data på det administrative netværk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administrative network separated</source>
        <translation>Administrativt netværk adskilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrative network is separated from other networks, such as those for visitor or student terminals.</source>
        <translation>Det administrative netværk er adskilt fra andre netværk, f.eks. netværk til besøgs- eller elevterminaler.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Separate outgoing IP addresses</source>
        <translation>Separate udgående IP-adresser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative terminals and servers connected to the CPR do not share their outgoing IP address with non-administrative terminals.</source>
        <translation>Administrative terminaler og servere, der er forbundet til CPR, deler ikke udgående IP-adresse med ikke-administrative terminaler.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guidelines for home workstations</source>
        <translation>Retningslinjer for hjemmearbejdspladser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special guidelines for setting up home workstations ensure the security measures are kept.</source>
        <translation>Særlige retningslinjer for indretning af hjemmearbejdspladser sikrer, at sikkerhedsforanstaltningerne overholdes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rooms protected</source>
        <translation>Lokaler beskyttet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms used for home work are fitted out so that unauthorised persons cannot get at the data.</source>
        <translation>Lokaler, der bruges til hjemmearbejde, er indrettet, så uvedkommende ikke kan få adgang til oplysningerne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home access as for data communication</source>
        <translation>Hjemmeadgang som ved datakommunikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access from the home workstation to the authority&apos;s network follows the rules on data communication access (section 5).</source>
        <translation>Adgang fra hjemmearbejdspladsen til myndighedens netværk følger reglerne for datakommunikationsadgang (afsnit 5).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No unencrypted CPR data at home</source>
        <translation>Ingen ukrypterede CPR-oplysninger derhjemme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR data are stored on the home workstation only encrypted.</source>
        <translation>CPR-oplysninger gemmes kun krypteret på hjemmearbejdspladsen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules for other use</source>
        <translation>Regler for anden brug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where other use of the home workstation (such as private use) is allowed, there are guidelines and security measures for it.</source>
        <translation>Hvor anden brug af hjemmearbejdspladsen (f.eks. privat brug) er tilladt, er der retningslinjer og sikkerhedsforanstaltninger for den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printouts kept safe and destroyed safely</source>
        <translation>Udskrifter opbevares og destrueres sikkert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules ensure that data printed at home are kept safe from unauthorised access and destroyed safely.</source>
        <translation>Regler sikrer, at oplysninger, der udskrives derhjemme, opbevares utilgængeligt for uvedkommende og destrueres sikkert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protection against viruses and misuse</source>
        <translation>Beskyttelse mod virus og misbrug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidelines protect the home workstation against viruses and other misuse.</source>
        <translation>Retningslinjer beskytter hjemmearbejdspladsen mod virus og andet misbrug.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ten-minute idle timeout</source>
        <translation>Låsning efter ti minutters inaktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ten idle minutes the home workstation locks (unlocked only with a password) or the CPR connection ends.</source>
        <translation>Efter ti minutters inaktivitet låses hjemmearbejdspladsen (kan kun låses op med adgangskode), eller forbindelsen til CPR afbrydes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Officer oversees home workstations</source>
        <translation>Sikkerhedsansvarlig fører tilsyn med hjemmearbejdspladser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The security officer oversees that the guidelines for home workstations are kept.</source>
        <translation>Den sikkerhedsansvarlige fører tilsyn med, at retningslinjerne for hjemmearbejdspladser overholdes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CPR number as case number</source>
        <translation>CPR-nummer som sagsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where a CPR number is used as identification or case number, it is that of the person the case concerns, unless the law requires several persons on one case (CPR Act section 52).</source>
        <translation>Hvor et CPR-nummer bruges som identifikation eller sagsnummer, er det CPR-nummeret for den person, sagen vedrører, medmindre loven kræver flere personer på én sag (CPR-lovens § 52).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A person&apos;s own CPR number only</source>
        <translation>Kun personens eget CPR-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When contacting a person, the authority uses that person&apos;s own CPR number, and asks a person only for his or her own (section 53).</source>
        <translation>Ved henvendelse til en person bruger myndigheden personens eget CPR-nummer og beder kun en person om vedkommendes eget CPR-nummer (§ 53).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CPR numbers not legible on mail</source>
        <translation>CPR-numre ikke læsbare på post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No unauthorised access to CPR numbers: they are not fully legible on the outside of letters or in window envelopes (giro slips in sealed envelopes excepted; section 54(1)-(2)).</source>
        <translation>Ingen uvedkommende får adgang til CPR-numre: De er ikke fuldt læsbare på ydersiden af breve eller i rudekuverter (bortset fra girokort i lukkede kuverter; § 54, stk. 1-2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CPR numbers not made public</source>
        <translation>CPR-numre offentliggøres ikke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR numbers are not made public, the Official Gazette included, except as the law provides (section 54(3)).</source>
        <translation>CPR-numre offentliggøres ikke, heller ikke i Statstidende, medmindre loven giver hjemmel til det (§ 54, stk. 3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Used only for the intended purpose</source>
        <translation>Bruges kun til det tilsigtede formål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authority is the controller of the data it receives from the CPR and uses them only for the intended purpose.</source>
        <translation>Myndigheden er dataansvarlig for de oplysninger, den modtager fra CPR, og bruger dem kun til det tilsigtede formål.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disclosure only with legal basis</source>
        <translation>Videregivelse kun med hjemmel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data, protected names and addresses included, are disclosed to others only where the law provides for it; a data processor works under the GDPR and the Data Protection Act.</source>
        <translation>Oplysninger, herunder beskyttede navne og adresser, videregives kun til andre, hvor loven giver hjemmel til det; en databehandler arbejder efter databeskyttelsesforordningen og databeskyttelsesloven.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name and address protection respected</source>
        <translation>Navne- og adressebeskyttelse respekteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected names and addresses are not available to private enterprises or individuals; the protection is recorded wherever names and addresses are, and passed on with any disclosure.</source>
        <translation>Beskyttede navne og adresser er ikke tilgængelige for private virksomheder eller privatpersoner; beskyttelsen registreres overalt, hvor navne og adresser findes, og følger med ved enhver videregivelse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No unauthorised access; self-service authenticated</source>
        <translation>Ingen uautoriseret adgang; selvbetjening kræver autentifikation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no unauthorised access to CPR data; a public self-service that queries the CPR lets users in only after NemID or MitID authentication, with the CPR number verified through Nets.</source>
        <translation>Der er ingen uautoriseret adgang til CPR-oplysninger; en offentlig selvbetjeningsløsning, der slår op i CPR, giver kun brugere adgang efter autentifikation med NemID eller MitID, hvor CPR-nummeret er verificeret via Nets.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/obligations.py" line="+64"/>
        <source>{control}: never completed in cpradmin; due now.</source>
        <translation>{control}: aldrig gennemført i cpradmin; forfalder nu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{control}: last completed {last}; next due {due}.</source>
        <translation>{control}: senest gennemført {last}; forfalder næste gang {due}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No system-to-system program is registered.</source>
        <translation>Der er ikke registreret noget system-til-system-program.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No version of the internal regulations is recorded.</source>
        <translation>Der er ikke registreret nogen version af de interne regler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal regulations: version {version} approved {approved}; review due {due}.</source>
        <translation>Interne regler: version {version} godkendt {approved}; skal gennemgås senest {due}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ad hoc controls recorded: {count}.</source>
        <translation>Registrerede ad hoc-kontroller: {count}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register kept: {employees} employees and {programs} programs with an authorisation in force today.</source>
        <translation>Fortegnelsen føres: {employees} medarbejdere og {programs} programmer med en autorisation, der er gældende i dag.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock register kept: {unlockers} persons authorised to unlock today; {lockouts} lockouts recorded.</source>
        <translation>Oplåsningsregistret føres: {unlockers} personer er bemyndiget til oplåsning i dag; {lockouts} låsninger er registreret.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{recent} of {total} employees with access were trained within the last year.</source>
        <translation>{recent} af {total} medarbejdere med adgang har fået CPR-undervisning inden for det seneste år.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{recent} of {total} employees with access acknowledged the internal regulations within the last year.</source>
        <translation>{recent} af {total} medarbejdere med adgang har bekræftet at have læst de interne regler inden for det seneste år.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed reports kept in the vault: {count}.</source>
        <translation>Signerede rapporter gemt i boksen: {count}.</translation>
    </message>
</context>
<context>
    <name>ObligationsView</name>
    <message>
        <location filename="../../cpradmin/ui/obligations_view.py" line="+71"/>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Obligation</source>
        <translation>Forpligtelse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last review</source>
        <translation>Seneste gennemgang</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The evidence: what shows the obligation is met, or why it is not.</source>
        <translation>Dokumentationen: hvad der viser, at forpligtelsen er opfyldt, eller hvorfor den ikke er.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Attach document…</source>
        <translation>&amp;Vedhæft dokument…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Gem en kopi…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reviewed today</source>
        <translation>Gennemgået i &amp;dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the status and note as reviewed today by you; the previous review stays in the history.</source>
        <translation>Registrer status og bemærkning som gennemgået i dag af dig; den forrige gennemgang bevares i historikken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save report as &amp;PDF…</source>
        <translation>Gem rapport som &amp;PDF…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Bemærkning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historik&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h3&gt;Obligations of the CPR terms&lt;/h3&gt;Assess every obligation and review the checklist at least once a year, together with the internal regulations.</source>
        <translation>&lt;h3&gt;Forpligtelser i vilkårene for adgang til CPR&lt;/h3&gt;Vurder hver forpligtelse, og gennemgå tjeklisten mindst én gang om året sammen med de interne regler.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{total} obligations: {met} met, {partly} partly met, {not_met} not met, {na} not applicable, {open} not assessed; {due} due for review.</source>
        <translation>{total} forpligtelser: {met} opfyldt, {partly} delvist opfyldt, {not_met} ikke opfyldt, {na} ikke relevant, {open} ikke vurderet; {due} skal gennemgås.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reviewed} (review due)</source>
        <translation>{reviewed} (skal gennemgås igen)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cpradmin: {hint}</source>
        <translation>cpradmin: {hint}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Never assessed.</source>
        <translation>Aldrig vurderet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} (new), SHA-256 {digest}…</source>
        <translation>{name} (ny), SHA-256 {digest}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}, SHA-256 {digest}…</source>
        <translation>{name}, SHA-256 {digest}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No document attached.</source>
        <translation>Intet dokument vedhæftet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attach a document as evidence</source>
        <translation>Vedhæft et dokument som dokumentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.docx *.odt *.doc *.txt *.xlsx);;All files (*)</source>
        <translation>Dokumenter (*.pdf *.docx *.odt *.doc *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is larger than {limit} MB.</source>
        <translation>{name} er større end {limit} MB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Filen kan ikke læses: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{ref} recorded as reviewed today.</source>
        <translation>{ref} er registreret som gennemgået i dag.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a copy of the document</source>
        <translation>Gem en kopi af dokumentet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved a copy to {path}.</source>
        <translation>Der er gemt en kopi i {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the checklist as PDF</source>
        <translation>Gem tjeklisten som PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Report saved to {path}.</source>
        <translation>Rapporten er gemt i {path}.</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <location filename="../../cpradmin/ui/wizard.py" line="-171"/>
        <source>The security officer</source>
        <translation>Den sikkerhedsansvarlige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault will be created at {path}. You log in with your initials.</source>
        <translation>Boksen oprettes på {path}. Du logger ind med dine initialer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Password only (do not bind to this workstation)</source>
        <translation>Kun adgangskode (bind ikke til denne arbejdsstation)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No secure keyring is available on this workstation; the key is protected by the password alone.</source>
        <translation>Der er ingen sikker nøglering på denne arbejdsstation; nøglen beskyttes alene af adgangskoden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Create the vault</source>
        <translation>&amp;Opret boksen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authority:</source>
        <translation>Myndighed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name:</source>
        <translation>Dit navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initials:</source>
        <translation>Initialer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Adgangskode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password:</source>
        <translation>Gentag adgangskode:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter your name.</source>
        <translation>Indtast dit navn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your initials (2 to 6 letters).</source>
        <translation>Indtast dine initialer (2 til 6 bogstaver).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a password.</source>
        <translation>Vælg en adgangskode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <translation>De to adgangskoder er ikke ens.</translation>
    </message>
</context>
<context>
    <name>PasswordRule</name>
    <message>
        <location filename="../../cpradmin/models/passwords.py" line="+402"/>
        <source>The password contains a name of the account holder or a family member.</source>
        <translation>Adgangskoden indeholder et navn på kontohaveren eller et familiemedlem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password contains initials of the account holder or a family member.</source>
        <translation>Adgangskoden indeholder initialer for kontohaveren eller et familiemedlem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password contains a birth date of the account holder or a family member.</source>
        <translation>Adgangskoden indeholder en fødselsdato for kontohaveren eller et familiemedlem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password contains a CPR number of the account holder or a family member.</source>
        <translation>Adgangskoden indeholder et CPR-nummer for kontohaveren eller et familiemedlem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password contains a registered licence plate.</source>
        <translation>Adgangskoden indeholder en registreret nummerplade.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The password can only be changed every {hours} hours; next time at {next_change}.</source>
        <translation>Adgangskoden kan kun skiftes én gang pr. {hours} timer; tidligst igen {next_change}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The password must not be empty or consist only of spaces.</source>
        <translation>Adgangskoden må ikke være tom eller kun bestå af mellemrum.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The password must be at least {minimum} characters long.</source>
        <translation>Adgangskoden skal være på mindst {minimum} tegn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password must be at most {maximum} characters long.</source>
        <translation>Adgangskoden må højst være på {maximum} tegn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password contains a character that is not allowed (position {position}).</source>
        <translation>Adgangskoden indeholder et tegn, der ikke er tilladt (position {position}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password is too common or too easy to guess.</source>
        <translation>Adgangskoden er for udbredt eller for let at gætte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password has been used before.</source>
        <translation>Adgangskoden har været brugt før.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password differs from an earlier one only by consecutive numbering.</source>
        <translation>Adgangskoden adskiller sig kun fra en tidligere adgangskode ved fortløbende nummerering.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../cpradmin/ui/report_dialogs.py" line="+204"/>
        <source>Print preview — {title}</source>
        <translation>Udskriftsvisning — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print preview</source>
        <translation>Udskriftsvisning</translation>
    </message>
</context>
<context>
    <name>PersonalDetailsDialog</name>
    <message>
        <location filename="../../cpradmin/ui/personal_dialog.py" line="+43"/>
        <source>My details for the password rules</source>
        <translation>Mine oplysninger til adgangskodereglerne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your password must not contain your or your family&apos;s names, initials, birth dates, CPR numbers or licence plates. Register them here so the rules can check them. They are kept encrypted and never shown again in full.</source>
        <translation>Din adgangskode må ikke indeholde dine eller din families navne, initialer, fødselsdatoer, CPR-numre eller nummerplader. Registrér dem her, så reglerne kan kontrollere dem. De opbevares krypteret og vises aldrig igen i fuld længde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-åååå</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored: {masked} — type to replace</source>
        <translation>Gemt: {masked} — skriv for at erstatte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DDMMYY-SSSS</source>
        <translation>DDMMÅÅ-SSSS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the stored CPR number</source>
        <translation>Fjern det gemte CPR-nummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One name per line</source>
        <translation>Ét navn pr. linje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One licence plate per line, e.g. AB 12 345</source>
        <translation>Én nummerplade pr. linje, fx AB 12 345</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Birth date:</source>
        <translation>Fødselsdato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR number:</source>
        <translation>CPR-nummer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family members:</source>
        <translation>Familiemedlemmer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence plates:</source>
        <translation>Nummerplader:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The birth date is not a date (dd-mm-yyyy).</source>
        <translation>Fødselsdatoen er ikke en dato (dd-mm-åååå).</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../cpradmin/models/registers.py" line="+20"/>
        <source>Update</source>
        <translation>Opdatering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log access</source>
        <translation>Adgang til log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete subscriptions</source>
        <translation>Sletning af abonnementer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <location filename="../../cpradmin/ui/programs_view.py" line="-123"/>
        <source>New system-to-system program</source>
        <translation>Nyt system-til-system-program</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start typing an employee&apos;s name</source>
        <translation>Begynd at skrive en medarbejders navn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System &amp;user ID:</source>
        <translation>System-&amp;bruger-id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Responsible employee:</source>
        <translation>&amp;Ansvarlig medarbejder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Supplier:</source>
        <translation>&amp;Leverandør:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the program a name.</source>
        <translation>Giv programmet et navn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A program named {name} is already registered.</source>
        <translation>Der er allerede registreret et program med navnet {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the program&apos;s CPR user ID.</source>
        <translation>Angiv programmets CPR-bruger-id.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user ID {user_id} is already registered.</source>
        <translation>Bruger-id&apos;et {user_id} er allerede registreret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the responsible employee from the list.</source>
        <translation>Vælg den ansvarlige medarbejder på listen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe what the program uses CPR for.</source>
        <translation>Beskriv, hvad programmet bruger CPR til.</translation>
    </message>
</context>
<context>
    <name>ProgramsModel</name>
    <message>
        <location line="-95"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System user ID</source>
        <translation>System-bruger-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised until</source>
        <translation>Autoriseret indtil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not authorised</source>
        <translation>Ikke autoriseret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No expiry date</source>
        <translation>Ingen udløbsdato</translation>
    </message>
</context>
<context>
    <name>ProgramsView</name>
    <message>
        <location line="+162"/>
        <source>&amp;New program…</source>
        <translation>&amp;Nyt program…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Grant authorisation…</source>
        <translation>&amp;Tildel autorisation…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h3&gt;System-to-system programs&lt;/h3&gt;Programs that look up CPR with their own user ID. Each needs a responsible employee and an authorisation with an expiry date.</source>
        <translation>&lt;h3&gt;System-til-system-programmer&lt;/h3&gt;Programmer, der slår op i CPR med deres eget bruger-id. Hvert program skal have en ansvarlig medarbejder og en autorisation med udløbsdato.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../cpradmin/ui/progress.py" line="+84"/>
        <source>Cancelled — nothing was changed.</source>
        <extracomment>A job that ends sooner than this never shows the window (Anki waits about as long). The rate (and so the time left) is shown once the job has reported for this long. The text line is redrawn at most this often; the bar follows every report. The job ended: &quot;done&quot;, &quot;failed&quot; or &quot;cancelled&quot; (after the callbacks ran).</extracomment>
        <translation>Annulleret — intet blev ændret.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Cancelling — waiting for the current step to finish…</source>
        <translation>Annullerer — venter på, at det igangværende trin bliver færdigt…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{done} of {total} {items}</source>
        <translation>{done} af {total} {items}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} {items}</source>
        <translation>{done} {items}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{rate} {items}/s</source>
        <translation>{rate} {items}/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rate}/s</source>
        <translation>{rate}/s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>about {seconds} s left</source>
        <translation>ca. {seconds} s tilbage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {minutes} min left</source>
        <translation>ca. {minutes} min. tilbage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {hours} h {minutes} min left</source>
        <translation>ca. {hours} t. {minutes} min. tilbage</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../cpradmin/ui/wizard.py" line="+26"/>
        <source>Your recovery key</source>
        <translation>Din gendannelsesnøgle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It opens the vault if your password or this workstation&apos;s keyring is lost. It is shown only now: print it or write it down and keep it locked away.</source>
        <translation>Den åbner boksen, hvis din adgangskode eller denne arbejdsstations nøglering går tabt. Den vises kun nu: Udskriv den, eller skriv den ned, og opbevar den under lås.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have printed or written down the recovery key</source>
        <translation>Jeg har udskrevet eller skrevet gendannelsesnøglen ned</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;h2&gt;cpradmin recovery key&lt;/h2&gt;&lt;p&gt;Vault: {path}&lt;/p&gt;&lt;p&gt;Security officer: {name}&lt;/p&gt;&lt;p style=&apos;font-size:20pt; font-family:monospace&apos;&gt;{key}&lt;/p&gt;&lt;p&gt;Keep this sheet locked away. Anyone holding it and the vault file can open the vault.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Gendannelsesnøgle til cpradmin&lt;/h2&gt;&lt;p&gt;Boks: {path}&lt;/p&gt;&lt;p&gt;Sikkerhedsansvarlig: {name}&lt;/p&gt;&lt;p style=&apos;font-size:20pt; font-family:monospace&apos;&gt;{key}&lt;/p&gt;&lt;p&gt;Opbevar dette ark under lås. Enhver, der har det og boksfilen, kan åbne boksen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RegulationsModel</name>
    <message>
        <location filename="../../cpradmin/ui/regulations_view.py" line="-122"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review due</source>
        <translation>Gennemgås senest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Replaced by a newer version</source>
        <translation>Erstattet af en nyere version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue: review the regulations now</source>
        <translation>Overskredet: Gennemgå de interne regler nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due for review within 30 days</source>
        <translation>Skal gennemgås inden for 30 dage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{day} (overdue)</source>
        <translation>{day} (overskredet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no document)</source>
        <translation>(intet dokument)</translation>
    </message>
</context>
<context>
    <name>RegulationsView</name>
    <message>
        <location line="+92"/>
        <source>&amp;Add version…</source>
        <translation>&amp;Tilføj version…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open document…</source>
        <translation>&amp;Åbn dokument…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy of the selected version&apos;s document.</source>
        <translation>Gem en kopi af dokumentet til den valgte version.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;h3&gt;Internal regulations&lt;/h3&gt;Review and approve them at least once a year. The newest version is the one in force.</source>
        <translation>&lt;h3&gt;Interne regler&lt;/h3&gt;Gennemgå og godkend dem mindst én gang om året. Den nyeste version er den gældende.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No version is recorded yet.</source>
        <translation>Der er endnu ikke registreret nogen version.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Version {version} stored, SHA-256 {digest}.</source>
        <translation>Version {version} er gemt, SHA-256 {digest}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Open document</source>
        <translation>Åbn dokument</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Select a version first.</source>
        <translation>Vælg først en version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No document is stored for this version.</source>
        <translation>Der er ikke gemt noget dokument til denne version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a copy of the document</source>
        <translation>Gem en kopi af dokumentet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved a copy to {path}.</source>
        <translation>Der er gemt en kopi i {path}.</translation>
    </message>
</context>
<context>
    <name>RejectedModel</name>
    <message>
        <location filename="../../cpradmin/ui/log_import_dialog.py" line="-509"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
</context>
<context>
    <name>RejectionReason</name>
    <message>
        <location line="-45"/>
        <source>user ID missing</source>
        <extracomment>The core&apos;s refusals that a column profile can cure (their English templates, as marked in ``log_import``): missing columns, and times in no known format. Short words for the core&apos;s rejection reasons (``RowError.reason``, ``rejections`` keys).</extracomment>
        <translation>bruger-id mangler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user ID not valid</source>
        <translation>bruger-id ugyldigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user ID looks like a CPR number</source>
        <translation>bruger-id ligner et CPR-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time not readable</source>
        <translation>tidspunkt kan ikke læses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time out of range</source>
        <translation>tidspunkt uden for gyldigt interval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR number not valid</source>
        <translation>CPR-nummer ugyldigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR number missing</source>
        <translation>CPR-nummer mangler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transaction missing</source>
        <translation>transaktion mangler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system missing</source>
        <translation>system mangler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong number of columns</source>
        <translation>forkert antal kolonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>characters not readable</source>
        <translation>tegn kan ikke læses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not readable as CSV</source>
        <translation>kan ikke læses som CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count not a number</source>
        <translation>antal er ikke et tal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period missing or not valid</source>
        <translation>periode mangler eller er ugyldig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a different count is stored</source>
        <translation>et andet antal er allerede gemt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case number missing</source>
        <translation>sagsnummer mangler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{reason}: {count}</source>
        <translation>{reason}: {count}</translation>
    </message>
</context>
<context>
    <name>RemoveWatchDialog</name>
    <message>
        <location filename="../../cpradmin/ui/watchlist_view.py" line="+30"/>
        <source>Remove from the watchlist</source>
        <translation>Fjern fra overvågningslisten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Why is {masked} removed?</source>
        <translation>&amp;Hvorfor fjernes {masked}?</translation>
    </message>
</context>
<context>
    <name>ReportDialogs</name>
    <message>
        <location filename="../../cpradmin/ui/report_dialogs.py" line="-78"/>
        <location line="+9"/>
        <source>Print</source>
        <extracomment>The highest resolution pages are rasterised at for printing.</extracomment>
        <translation>Udskriv</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>This installation of cpradmin cannot print PDF documents (Qt&apos;s PDF module is missing). Save the report and print it from a PDF reader.</source>
        <translation>Denne installation af cpradmin kan ikke udskrive PDF-dokumenter (PDF-modulet i Qt mangler). Gem rapporten, og udskriv den fra et PDF-program.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report could not be read.</source>
        <translation>Rapporten kunne ikke læses.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+10"/>
        <source>Print report</source>
        <translation>Udskriv rapport</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Printing…</source>
        <translation>Udskriver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../cpradmin/cli_reports.py" line="+127"/>
        <source>{value} is not a date. Write dates as YYYY-MM-DD, DD-MM-YYYY or DD.MM.YYYY.</source>
        <translation>{value} er ikke en dato. Skriv datoer som ÅÅÅÅ-MM-DD, DD-MM-ÅÅÅÅ eller DD.MM.ÅÅÅÅ.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/control_reports.py" line="-357"/>
        <source>There is no control #{id}.</source>
        <extracomment>Log entries printed under one finding; the rest are counted (&quot;and 12 more&quot;). Transaction types drawn as their own series in the chart; the rest are &quot;Other&quot;.</extracomment>
        <translation>Der findes ingen kontrol nr. {id}.</translation>
    </message>
</context>
<context>
    <name>ReviewItems</name>
    <message>
        <location filename="../../cpradmin/ui/review_items.py" line="-149"/>
        <source>Explained</source>
        <translation>Forklaret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False alarm</source>
        <translation>Falsk alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up needed</source>
        <translation>Opfølgning nødvendig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected abuse</source>
        <translation>Mistanke om misbrug</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>High</source>
        <extracomment>The keys that choose a decision: a digit (any keyboard layout) and a letter.</extracomment>
        <translation>Høj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quarterly log control</source>
        <translation>Kvartalsvis logkontrol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly system-to-system control</source>
        <translation>Månedlig system-til-system-kontrol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad hoc control</source>
        <translation>Ad hoc-kontrol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>Under gennemgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Signeret</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>All user IDs</source>
        <translation>Alle bruger-id&apos;er</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User ID {value}</source>
        <translation>Bruger-id {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Department {value}</source>
        <translation>Afdeling {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person {value}</source>
        <translation>Person {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Random sample</source>
        <translation>Stikprøve</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sample</source>
        <translation>Stikprøve</translation>
    </message>
</context>
<context>
    <name>ReviewItemsModel</name>
    <message>
        <location line="+86"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Alvorlighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>Bruger-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>Poster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location line="+175"/>
        <source>Only items without a decision (U)</source>
        <extracomment>Pages read so far (tests watch that paging happens). A decision or completion was saved: the control&apos;s counts changed. The officer wants to see another control (the ad hoc one a decision opened). The decision chosen for the current item (saved only by save_and_next).</extracomment>
        <translation>Kun punkter uden afgørelse (U)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A case explains it: type the case number.</source>
        <translation>En sag forklarer det: Skriv sagsnummeret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing wrong: the rule fired on lawful work.</source>
        <translation>Intet galt: Reglen blev udløst af lovligt arbejde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs asking or checking before it can be closed.</source>
        <translation>Skal afklares eller kontrolleres, før punktet kan lukkes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what is suspected in the note. An ad hoc control of the user ID is opened.</source>
        <translation>Skriv i bemærkningen, hvad der er mistanke om. Der åbnes en ad hoc-kontrol af bruger-id&apos;et.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{decision} [{keys}]</source>
        <translation>{decision} [{keys}]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{tip} Key: {keys}.</source>
        <translation>{tip} Tast: {keys}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case number (C) — needed for explained</source>
        <translation>Sagsnummer (C) — kræves ved forklaret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case that explains the lookups. C goes here, Esc back to the items, Enter saves.</source>
        <translation>Den sag, der forklarer opslagene. Tryk C for at komme hertil, Esc for at gå tilbage til punkterne og Enter for at gemme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note (N) — needed for suspected abuse</source>
        <translation>Bemærkning (N) — kræves ved mistanke om misbrug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you found or what is suspected. N goes here, Esc back to the items, Enter saves.</source>
        <translation>Hvad du har fundet, eller hvad der er mistanke om. Tryk N for at komme hertil, Esc for at gå tilbage til punkterne og Enter for at gemme.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save and next [Ctrl+Enter]</source>
        <translation>Gem og næste [Ctrl+Enter]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the decision and go to the next item without one.</source>
        <translation>Gem afgørelsen, og gå til det næste punkt uden afgørelse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete control… [Ctrl+Shift+Enter]</source>
        <translation>Afslut kontrol… [Ctrl+Shift+Enter]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible once every item has a decision. A completed control can no longer change.</source>
        <translation>Muligt, når alle punkter har en afgørelse. En afsluttet kontrol kan ikke længere ændres.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keys: Down/J and Up/K move · 1–4 or E/F/O/M choose · C case number · N note · Ctrl+Enter saves and goes to the next undecided item · U only undecided · Esc back to the items</source>
        <translation>Taster: Ned/J og Op/K flytter · 1–4 eller E/F/O/M vælger · C sagsnummer · N bemærkning · Ctrl+Enter gemmer og går til næste punkt uden afgørelse · U kun punkter uden afgørelse · Esc tilbage til punkterne</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Choose a log control in the list, or start a new one.</source>
        <translation>Vælg en logkontrol på listen, eller start en ny.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log control #{id} · {type} · {start} – {end} · {scope} · {status}</source>
        <translation>Logkontrol nr. {id} · {type} · {start} – {end} · {scope} · {status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{entries} log entries in scope from {files} file(s); seed {seed}.</source>
        <translation>{entries} logposter omfattet af kontrollen fra {files} fil(er); startværdi {seed}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened from log control #{parent}: {reason}</source>
        <translation>Åbnet fra logkontrol nr. {parent}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: {reason}</source>
        <translation>Begrundelse: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed {when} by {who}: read only.</source>
        <translation>Afsluttet {when} af {who}: kan kun læses.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decided {decided} of {total} · {findings} finding(s), {sample} sample entries · {left} without a decision</source>
        <translation>Afgjort {decided} af {total} · {findings} fund, {sample} stikprøveposter · {left} uden afgørelse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every item has a decision.</source>
        <translation>Alle punkter har en afgørelse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This control has no items.</source>
        <translation>Denne kontrol har ingen punkter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{severity} · {rule}: {text}</source>
        <translation>{severity} · {rule}: {text}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Drawn at random: entry {position} of the {available} of {user} in scope (draw {draw}).</source>
        <translation>Trukket tilfældigt: post {position} af de {available} omfattede poster for {user} (trækning {draw}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This entry is also behind a finding: {rules}.</source>
        <translation>Denne post indgår også i et fund: {rules}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first {shown} of {total} entries are shown.</source>
        <translation>De første {shown} af {total} poster vises.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decided: {decision}, by {who} on {when}.</source>
        <translation>Afgjort: {decision}, af {who} den {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ad hoc log control #{id} was opened for it.</source>
        <translation>Der blev åbnet ad hoc-logkontrol nr. {id} på grund af dette punkt.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Choose a decision first: 1 explained, 2 false alarm, 3 follow-up needed, 4 suspected abuse.</source>
        <translation>Vælg først en afgørelse: 1 forklaret, 2 falsk alarm, 3 opfølgning nødvendig, 4 mistanke om misbrug.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explained needs the number of the case that explains it.</source>
        <translation>Forklaret kræver nummeret på den sag, der forklarer det.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suspected abuse needs a note saying what is suspected.</source>
        <translation>Mistanke om misbrug kræver en bemærkning om, hvad der er mistanke om.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving the decision</source>
        <translation>Gemmer afgørelsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the decision and opening an ad hoc control…</source>
        <translation>Gemmer afgørelsen og åbner en ad hoc-kontrol…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the decision…</source>
        <translation>Gemmer afgørelsen…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the person</source>
        <translation>personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad hoc control opened</source>
        <translation>Ad hoc-kontrol åbnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected abuse is recorded. Ad hoc log control #{id} was opened for {who}, over the same period.

Open it now? (You can also open it later from the list.)</source>
        <translation>Mistanke om misbrug er registreret. Ad hoc-logkontrol nr. {id} er åbnet for {who} for samme periode.

Vil du åbne den nu? (Du kan også åbne den senere fra listen.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open #{id}</source>
        <translation>&amp;Åbn nr. {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later — go on reviewing</source>
        <translation>&amp;Senere — fortsæt gennemgangen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every item has a decision. Complete the control with Ctrl+Shift+Enter.</source>
        <translation>Alle punkter har en afgørelse. Afslut kontrollen med Ctrl+Shift+Enter.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Complete the log control</source>
        <translation>Afslut logkontrollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete log control #{id}? Every item has a decision; once completed, the decisions can no longer change.</source>
        <translation>Vil du afslutte logkontrol nr. {id}? Alle punkter har en afgørelse; når kontrollen er afsluttet, kan afgørelserne ikke længere ændres.</translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <location filename="../../cpradmin/review_rules.py" line="+110"/>
        <source>Unknown user ID</source>
        <extracomment>The default scope: every user ID (a frozen value, safe as a default argument). Log entries named by one finding; beyond this ``details[&quot;entries_total&quot;]`` has the count. CPR numbers per ``json_each`` batch in the candidate queries. Bits for the transaction or day part of an integer key computed in SQL. The rules in review order: what needs the officer first (HIGH) comes first.</extracomment>
        <translation>Ukendt bruger-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lookups by a user ID that is not in the register of CPR user IDs. Every user ID with CPR access must be registered.</source>
        <translation>Opslag med et bruger-id, der ikke står i registret over CPR-bruger-id&apos;er. Alle bruger-id&apos;er med adgang til CPR skal være registreret.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activity outside the authorisation</source>
        <translation>Aktivitet uden for autorisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lookups by a registered user ID at a time no authorisation covered: before it was granted, after it expired or was revoked, or after the employee left.</source>
        <translation>Opslag med et registreret bruger-id på et tidspunkt, som ingen autorisation dækkede: før den blev tildelt, efter den udløb eller blev tilbagekaldt, eller efter medarbejderen fratrådte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activity while locked</source>
        <translation>Aktivitet, mens bruger-id&apos;et var låst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lookups by a user ID while the unlock register records it as locked. Either the register is wrong or someone else had access.</source>
        <translation>Opslag med et bruger-id, mens oplåsningsregistret viser det som låst. Enten er registret forkert, eller en anden havde adgang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Own CPR number</source>
        <translation>Eget CPR-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An employee looked up their own CPR number. No one may handle their own case.</source>
        <translation>En medarbejder har slået sit eget CPR-nummer op. Ingen må behandle sin egen sag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person on the watchlist</source>
        <translation>Person på overvågningslisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lookups of a CPR number on the watchlist that no case of the user explains.</source>
        <translation>Opslag på et CPR-nummer på overvågningslisten, som ingen af brugerens sager forklarer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transaction type not authorised</source>
        <translation>Transaktionstype ikke autoriseret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A transaction type that is not among those the user ID&apos;s authorisation allowed at the time. An authorisation without listed types is not checked.</source>
        <translation>En transaktionstype, der ikke var blandt dem, bruger-id&apos;ets autorisation tillod på det tidspunkt. En autorisation uden angivne transaktionstyper kontrolleres ikke.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colleague looked up</source>
        <translation>Opslag på kollega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lookups of the CPR number of another employee of the authority that no case of the user explains.</source>
        <translation>Opslag på CPR-nummeret for en anden ansat i myndigheden, som ingen af brugerens sager forklarer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unusually many lookups in a day</source>
        <translation>Usædvanligt mange opslag på én dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A day with far more lookups than both the user&apos;s own normal day and their department&apos;s, measured with robust statistics (median and median absolute deviation), not a fixed count.</source>
        <translation>En dag med langt flere opslag end både brugerens egen normale dag og afdelingens, målt med robust statistik (median og median absolut afvigelse), ikke et fast antal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person looked up by many</source>
        <translation>Person slået op af mange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One CPR number looked up by unusually many different users within a few days, as when a known person is in the news.</source>
        <translation>Ét CPR-nummer slået op af usædvanligt mange forskellige brugere inden for få dage, som når en kendt person er i nyhederne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outside working hours</source>
        <translation>Uden for arbejdstid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several lookups by one user on one day outside working hours, on a weekend or on a Danish public holiday. Shift workers (users who often work at such times) are left out.</source>
        <translation>Flere opslag fra én bruger på én dag uden for arbejdstid, i en weekend eller på en dansk helligdag. Skiftarbejdere (brugere, der ofte arbejder på sådanne tidspunkter) udelades.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The parameter {param} of the rule {rule} must be a whole number of at least {minimum}.</source>
        <extracomment>How serious a finding of each rule is (the review order is by severity first).</extracomment>
        <translation>Parameteren {param} i reglen {rule} skal være et helt tal på mindst {minimum}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The parameter {param} of the rule {rule} must be a number above {minimum}.</source>
        <translation>Parameteren {param} i reglen {rule} skal være et tal over {minimum}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parameter {param} of the rule {rule} must be a number above {minimum} and at most {maximum}.</source>
        <translation>Parameteren {param} i reglen {rule} skal være et tal over {minimum} og højst {maximum}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The parameter {param} of the rule {rule} must be a time of day as HH:MM, e.g. 07:30.</source>
        <translation>Parameteren {param} i reglen {rule} skal være et klokkeslæt i formatet TT:MM, f.eks. 07:30.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The parameter {param} of the rule {rule} must be true or false.</source>
        <translation>Parameteren {param} i reglen {rule} skal være true eller false.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The parameter {param} of the rule {rule} must be a list of texts.</source>
        <translation>Parameteren {param} i reglen {rule} skal være en liste af tekster.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The parameter {param} of the rule {rule} must be a list of dates, each MM-DD (every year) or YYYY-MM-DD (once).</source>
        <translation>Parameteren {param} i reglen {rule} skal være en liste af datoer, hver som MM-DD (hvert år) eller ÅÅÅÅ-MM-DD (én gang).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The parameter {param} of the rule {rule} must be a list of weekdays, 1 (Monday) to 7 (Sunday).</source>
        <translation>Parameteren {param} i reglen {rule} skal være en liste af ugedage, 1 (mandag) til 7 (søndag).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>There is no review rule {rule}. The rules are: {rules}.</source>
        <translation>Der findes ingen kontrolregel {rule}. Reglerne er: {rules}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The rule {rule} has no parameter {param}. Its parameters are: {params}.</source>
        <translation>Reglen {rule} har ingen parameter {param}. Dens parametre er: {params}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The working hours of the rule {rule} must start before they end ({start}-{end}).</source>
        <translation>Arbejdstiden i reglen {rule} skal begynde, før den slutter ({start}-{end}).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Perioden slutter ({end}), før den begynder ({start}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say which {kind} the control is about.</source>
        <translation>Angiv {kind} for kontrollen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No employee in the register works in the department {department}.</source>
        <translation>Ingen medarbejder i registret arbejder i afdelingen {department}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The control&apos;s CPR number is not a valid CPR number.</source>
        <translation>Kontrollens CPR-nummer er ikke et gyldigt CPR-nummer.</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>The user ID {user} is not in the register of CPR user IDs, yet the log has {count} lookups by it from {first} to {last}.</source>
        <translation>Bruger-id&apos;et {user} står ikke i registret over CPR-bruger-id&apos;er, men loggen har {count} opslag med det fra {first} til {last}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{user} made {count} lookups from {first} to {last}, before its authorisation was granted on {day}.</source>
        <translation>{user} foretog {count} opslag fra {first} til {last}, før autorisationen blev tildelt den {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{user} made {count} lookups from {first} to {last}, after its authorisation expired ({day} was the last valid day).</source>
        <translation>{user} foretog {count} opslag fra {first} til {last}, efter at autorisationen udløb ({day} var sidste gyldige dag).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{user} made {count} lookups from {first} to {last}, after its authorisation was revoked ({day} was the last valid day).</source>
        <translation>{user} foretog {count} opslag fra {first} til {last}, efter at autorisationen blev tilbagekaldt ({day} var sidste gyldige dag).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{user} made {count} lookups from {first} to {last}, after the employee left ({day} was the last day of employment).</source>
        <translation>{user} foretog {count} opslag fra {first} til {last}, efter at medarbejderen fratrådte ({day} var sidste ansættelsesdag).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{user} made {count} lookups from {first} to {last}, but the register holds no authorisation for this user ID.</source>
        <translation>{user} foretog {count} opslag fra {first} til {last}, men registret indeholder ingen autorisation for dette bruger-id.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>{user} made {count} lookups from {first} to {last} while the unlock register records it as locked (locked {locked}, unlocked {unlocked}).</source>
        <translation>{user} foretog {count} opslag fra {first} til {last}, mens oplåsningsregistret viser det som låst (låst {locked}, låst op {unlocked}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{user} made {count} lookups from {first} to {last} while the unlock register records it as locked since {locked} and not yet unlocked.</source>
        <translation>{user} foretog {count} opslag fra {first} til {last}, mens oplåsningsregistret viser det som låst siden {locked} og endnu ikke låst op.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{user} ({name}) looked up the employee&apos;s own CPR number {cpr} {count} times from {first} to {last}.</source>
        <translation>{user} ({name}) slog medarbejderens eget CPR-nummer {cpr} op {count} gange fra {first} til {last}.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{user} ({department}) looked up the CPR number {cpr} of the colleague {name} ({colleague_department}) {count} times from {first} to {last}, and no case of the user explains it.</source>
        <translation>{user} ({department}) slog CPR-nummeret {cpr} for kollegaen {name} ({colleague_department}) op {count} gange fra {first} til {last}, og ingen af brugerens sager forklarer det.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>In {department}, {users} of the {active} active users looked up colleagues: {count} lookups of {colleagues} colleagues from {first} to {last} that no case explains. That looks like part of the work there; check a sample, and import case files or add the department to the rule&apos;s exempt departments if it is. Users who looked up far more colleagues than the others have findings of their own.</source>
        <translation>I {department} har {users} af de {active} aktive brugere slået kolleger op: {count} opslag på {colleagues} kolleger fra {first} til {last}, som ingen sag forklarer. Det ligner en del af arbejdet dér; kontrollér en stikprøve, og importér sagsfiler eller tilføj afdelingen til reglens undtagne afdelinger, hvis det er tilfældet. Brugere, der har slået langt flere kolleger op end de andre, har deres egne fund.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{user} looked up {cpr}, a person on the watchlist ({reason}), {count} times from {first} to {last}, and no case of the user explains it.</source>
        <translation>{user} slog {cpr}, en person på overvågningslisten ({reason}), op {count} gange fra {first} til {last}, og ingen af brugerens sager forklarer det.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{user} used the transaction type {transaction} {count} times from {first} to {last}; its authorisation allowed only {allowed}.</source>
        <translation>{user} brugte transaktionstypen {transaction} {count} gange fra {first} til {last}; autorisationen tillod kun {allowed}.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>{user} made {count} lookups on {day}, a public holiday ({holiday}), between {first} and {last}.</source>
        <translation>{user} foretog {count} opslag den {day}, en helligdag ({holiday}), mellem {first} og {last}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{user} made {count} lookups on {day}, a day the offices are closed, between {first} and {last}.</source>
        <translation>{user} foretog {count} opslag den {day}, en dag hvor kontorerne er lukket, mellem {first} og {last}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{user} made {count} lookups on {day}, a weekend day, between {first} and {last}.</source>
        <translation>{user} foretog {count} opslag den {day}, en weekenddag, mellem {first} og {last}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{user} made {count} lookups on {day} after {close}, when the offices close early, between {first} and {last}.</source>
        <translation>{user} foretog {count} opslag den {day} efter kl. {close}, hvor kontorerne lukker tidligt, mellem {first} og {last}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{user} made {count} lookups on {day} outside working hours ({start}-{end}), between {first} and {last}.</source>
        <translation>{user} foretog {count} opslag den {day} uden for arbejdstid ({start}-{end}), mellem {first} og {last}.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{user} made {count} lookups on {day}; its normal day has {own} (median of {days} active days) and a normal day in {department} has {norm}.</source>
        <translation>{user} foretog {count} opslag den {day}; brugerens normale dag har {own} (median over {days} aktive dage), og en normal dag i {department} har {norm}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{user} made {count} lookups on {day}; a normal day in {department} has {norm}, and the user has too few active days ({days}) for a normal of its own.</source>
        <translation>{user} foretog {count} opslag den {day}; en normal dag i {department} har {norm}, og brugeren har for få aktive dage ({days}) til at få sin egen norm.</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>{users} different users looked up the person {cpr} {count} times from {first} to {last} ({window} or more users within {days} days is unusual): {names}.</source>
        <extracomment>Persons with enough rows in a window that are read one by one; more, and popular-person counts distinct users in bulk instead. Rows in scope per pass of :func:`_crowded_persons` over the CPR numbers: bounds its memory to some 100 MB of packed integers. Bits of an SQLite integer that a packed (person, day, user) may use (a 64-bit integer, kept positive with room to spare); longer periods or more users fall back to tuples.</extracomment>
        <translation>{users} forskellige brugere slog personen {cpr} op {count} gange fra {first} til {last} ({window} eller flere brugere inden for {days} dage er usædvanligt): {names}.</translation>
    </message>
</context>
<context>
    <name>ReviewStartDialog</name>
    <message>
        <location filename="../../cpradmin/ui/review_start_dialog.py" line="+128"/>
        <source>New log control</source>
        <extracomment>The item data role holding a rule&apos;s id (top level) or a parameter&apos;s name (child). Seeds the core accepts: 0 .. 2**63 - 1.</extracomment>
        <translation>Ny logkontrol</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Quarterly log control</source>
        <extracomment>The id of the control once it is stored (the dialog is then accepted). The running (or last) job&apos;s progress window. (masked, digits) of the person typed: the field shows only the mask. The period follows the type until the officer changes a date.</extracomment>
        <translation>Kvartalsvis logkontrol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly system-to-system control</source>
        <translation>Månedlig system-til-system-kontrol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ad hoc control (suspected abuse)</source>
        <translation>Ad hoc-kontrol (mistanke om misbrug)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All user IDs</source>
        <translation>Alle bruger-id&apos;er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One user ID</source>
        <translation>Ét bruger-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One department</source>
        <translation>Én afdeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One person (CPR number)</source>
        <translation>Én person (CPR-nummer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User ID, e.g. KOM01234</source>
        <translation>Bruger-id, f.eks. KOM01234</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DDMMYY-SSSS, in full; shown masked afterwards</source>
        <translation>DDMMYY-SSSS, hele nummeret; vises derefter maskeret</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why this control (for an ad hoc control)</source>
        <translation>Hvorfor denne kontrol (ved en ad hoc-kontrol)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule / parameter</source>
        <translation>Regel / parameter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value (JSON)</source>
        <translation>Værdi (JSON)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no maximum</source>
        <translation>intet maksimum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per user ID:</source>
        <translation>pr. bruger-id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or share:</source>
        <translation>eller andel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most:</source>
        <translation>højst:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>blank: drawn at random and recorded</source>
        <translation>tom: trækkes tilfældigt og registreres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Omfang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random sa&amp;mple:</source>
        <translation>&amp;Stikprøve:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;eed:</source>
        <translation>Start&amp;værdi:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>R&amp;ules (untick to leave one out; edit a value with F2 or by typing):</source>
        <translation>&amp;Regler (fjern fluebenet for at udelade en regel; ret en værdi med F2 eller ved at skrive):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Run the control</source>
        <translation>&amp;Kør kontrollen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Default: {value}</source>
        <translation>Standard: {value}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>all user IDs</source>
        <translation>alle bruger-id&apos;er</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the user ID the control is about.</source>
        <translation>Skriv det bruger-id, som kontrollen drejer sig om.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no departments in the register of employees to choose from.</source>
        <translation>Der er ingen afdelinger i medarbejderregistret at vælge imellem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the person&apos;s whole CPR number (DDMMYY-SSSS).</source>
        <translation>Skriv personens fulde CPR-nummer (DDMMYY-SSSS).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The value of {param} in the rule “{rule}” is not valid: {value}. Write a number as 5 or 2.5, true or false, a text in quotes (&quot;07:00&quot;) and a list in brackets ([1, 2, 3]).</source>
        <translation>Værdien af {param} i reglen “{rule}” er ikke gyldig: {value}. Skriv et tal som 5 eller 2.5, true eller false, en tekst i anførselstegn (&quot;07:00&quot;) og en liste i kantede parenteser ([1, 2, 3]).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The seed must be a whole number from 0 to 9223372036854775807, or blank to draw one at random.</source>
        <translation>Startværdien skal være et helt tal fra 0 til 9223372036854775807 eller tom, så der trækkes en tilfældigt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose at least one rule or a random sample: otherwise there is nothing to review.</source>
        <translation>Vælg mindst én regel eller en stikprøve: Ellers er der intet at gennemgå.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checking: {rule}…</source>
        <translation>Kontrollerer: {rule}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing the random sample…</source>
        <translation>Trækker stikprøven…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Storing the control…</source>
        <translation>Gemmer kontrollen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Running the log control for {start} to {end}, {scope}…</source>
        <translation>Kører logkontrollen for {start} til {end}, {scope}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>steps</source>
        <translation>trin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled — no control was stored. Change what you want and run it again, or close this window.</source>
        <translation>Annulleret — ingen kontrol blev gemt. Ret det, du vil ændre, og kør den igen, eller luk vinduet.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../cpradmin/ui/review_view.py" line="+25"/>
        <source>&amp;New log control…</source>
        <translation>&amp;Ny logkontrol…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;h3&gt;Log control&lt;/h3&gt;Quarterly log control, the monthly control of our own system-to-system users, and ad hoc controls on suspected abuse. Choose a control and press Enter to review its items.</source>
        <translation>&lt;h3&gt;Logkontrol&lt;/h3&gt;Kvartalsvis logkontrol, den månedlige kontrol af vores egne system-til-system-brugere og ad hoc-kontroller ved mistanke om misbrug. Vælg en kontrol, og tryk på Enter for at gennemgå dens punkter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;port…</source>
        <translation>&amp;Rapport…</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../cpradmin/ui/employee_forms.py" line="-80"/>
        <source>Revoke authorisation</source>
        <translation>Tilbagekald autorisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Authorisation:</source>
        <translation>Autorisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked on:</source>
        <translation>Tilbagekaldt den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Begrundelse:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revoked on</source>
        <translation>Tilbagekaldt den</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An authorisation cannot be revoked before it was granted.</source>
        <translation>En autorisation kan ikke tilbagekaldes før den dato, den blev tildelt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the authorisation is revoked.</source>
        <translation>Angiv, hvorfor autorisationen tilbagekaldes.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../cpradmin/models/accounts.py" line="+19"/>
        <location filename="../../cpradmin/ui/app.py" line="+46"/>
        <source>Security officer</source>
        <translation>Sikkerhedsansvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy</source>
        <translation>Stedfortræder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor (read only)</source>
        <translation>Revisor (kun læseadgang)</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../cpradmin/control_calendar.py" line="+135"/>
        <source>{obligation}: never done; it is due now.</source>
        <extracomment>(obligation, SQL condition on ``controls`` for &quot;this control counts&quot;)</extracomment>
        <translation>{obligation}: aldrig udført; forfalder nu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{obligation}: overdue since {due} ({days} days).</source>
        <translation>{obligation}: overskredet siden {due} ({days} dage).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{obligation}: due today.</source>
        <translation>{obligation}: forfalder i dag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{obligation}: due on {due}, in {days} days.</source>
        <translation>{obligation}: forfalder den {due}, om {days} dage.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/models/schedule.py" line="+45"/>
        <source>Authorisation control</source>
        <extracomment>How many calendar months after the last one each obligation is due again.</extracomment>
        <translation>Autorisationskontrol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log control</source>
        <translation>Logkontrol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System-to-system transaction statistics (monthly log control)</source>
        <translation>Transaktionsstatistik for system-til-system (månedlig logkontrol)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review of the internal regulations</source>
        <translation>Gennemgang af de interne regler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In order</source>
        <translation>I orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Forfalder snart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>Ikke relevant</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../cpradmin/settings.py" line="+15"/>
        <source>Idle lock (minutes)</source>
        <extracomment>The CPR terms (section 7) require a lock after at most ten idle minutes: never more.</extracomment>
        <translation>Lås ved inaktivitet (minutter)</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../cpradmin/ui/settings_view.py" line="+33"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock after idle:</source>
        <translation>Lås efter inaktivitet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Settings&lt;/h3&gt;The CPR terms require a lock after at most ten idle minutes.</source>
        <translation>&lt;h3&gt;Indstillinger&lt;/h3&gt;Vilkårene for adgang til CPR kræver, at programmet låses efter højst ti minutters inaktivitet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Saved. The language applies from the next start.</source>
        <translation>Gemt. Sproget skiftes ved næste opstart.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../cpradmin/signing.py" line="-62"/>
        <source>The signer&apos;s certificate was not checked against a trusted certificate.</source>
        <translation>Underskriverens certifikat blev ikke kontrolleret mod et betroet certifikat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signer&apos;s certificate is one of the trusted certificates.</source>
        <translation>Underskriverens certifikat er et af de betroede certifikater.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signer&apos;s certificate is NOT among the trusted certificates.</source>
        <translation>Underskriverens certifikat er IKKE blandt de betroede certifikater.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The file is not a readable PDF.</source>
        <translation>Filen er ikke en læsbar PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document has no digital signature.</source>
        <translation>Dokumentet har ingen digital signatur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signature could not be checked: the file is damaged.</source>
        <translation>Signaturen kunne ikke kontrolleres: Filen er beskadiget.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The document does not match its signature: it was changed after signing, or it is damaged.</source>
        <translation>Dokumentet stemmer ikke overens med sin signatur: Det er ændret efter signeringen, eller det er beskadiget.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature itself is not valid.</source>
        <translation>Selve signaturen er ikke gyldig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signed part is intact, but content was added to the document after it was signed.</source>
        <translation>Den signerede del er intakt, men der er tilføjet indhold til dokumentet, efter at det blev signeret.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature is valid and the document has not been changed since it was signed.</source>
        <translation>Signaturen er gyldig, og dokumentet er ikke ændret, siden det blev signeret.</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../cpradmin/ui/authorisation_control_view.py" line="+101"/>
        <source>Start an authorisation control</source>
        <translation>Start en autorisationskontrol</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quarterly</source>
        <translation>Kvartalsvis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad hoc</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Control &amp;day:</source>
        <translation>Kontrol&amp;dag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period &amp;from:</source>
        <translation>Periode &amp;fra:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every authorisation in force on the control day is frozen for review. The period is what “no CPR activity” looks at in the imported logs.</source>
        <translation>Alle autorisationer, der er gældende på kontroldagen, fastfryses til gennemgang. Perioden er det tidsrum, som “ingen CPR-aktivitet” ser på i de importerede logfiler.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The period must start on or before the control day.</source>
        <translation>Perioden skal begynde på eller før kontroldagen.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../cpradmin/cli_insight.py" line="+76"/>
        <source>{value} is not a date. Write dates as YYYY-MM-DD, DD-MM-YYYY or DD.MM.YYYY.</source>
        <extracomment>Busiest users printed by ``cpradmin statistics``.</extracomment>
        <translation>{value} er ikke en dato. Skriv datoer som ÅÅÅÅ-MM-DD, DD-MM-ÅÅÅÅ eller DD.MM.ÅÅÅÅ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--history needs --user.</source>
        <translation>--history kræver --user.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the period with --from and --to, or use --last-month.</source>
        <translation>Angiv perioden med --from og --to, eller brug --last-month.</translation>
    </message>
    <message>
        <location filename="../../cpradmin/log_statistics.py" line="+94"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <extracomment>Rows fetched between two progress reports and cancel checks. Walk the (user_ref, ts) index for chosen users when their rows are below this share of the rows the scan would read (index walk ~2.7 µs per row, scan ~0.4 µs per row read plus ~0.6 µs per row kept: break-even near a fifth). Users in the &quot;top users&quot; chart.</extracomment>
        <translation>Perioden slutter ({end}), før den begynder ({start}).</translation>
    </message>
    <message>
        <location line="+419"/>
        <source>Export to a file ending in .xlsx or .csv, not {name}.</source>
        <extracomment>Rows read to build it (for the progress figures and the audit entry).</extracomment>
        <translation>Eksportér til en fil, der ender på .xlsx eller .csv, ikke {name}.</translation>
    </message>
</context>
<context>
    <name>StatisticsModel</name>
    <message>
        <location filename="../../cpradmin/ui/statistics_view.py" line="-84"/>
        <source>User ID</source>
        <extracomment>Transaction types drawn as their own bar segment; the rest are summed as &quot;Other&quot;. Rows measured to size the table&apos;s columns.</extracomment>
        <translation>Bruger-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department / program</source>
        <translation>Afdeling / program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not in the register</source>
        <translation>Ikke i registret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program: {name}</source>
        <translation>Program: {name}</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location line="+72"/>
        <source>All users</source>
        <translation>Alle brugere</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All logs</source>
        <translation>Alle logfiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPR log</source>
        <translation>CPR-log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our system logs</source>
        <translation>Vores egne systemers logfiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System-to-system users only</source>
        <translation>&amp;Kun system-til-system-brugere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User&apos;s &amp;history</source>
        <translation>Brugerens &amp;historik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Last month, system-to-system</source>
        <translation>&amp;Sidste måned, system-til-system</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User ID:</source>
        <translation>&amp;Bruger-id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo&amp;gs:</source>
        <translation>&amp;Logfiler:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a period and press Show.</source>
        <translation>Vælg en periode, og tryk på Vis.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against the CPR office&apos;s statistics</source>
        <translation>Sammenholdt med CPR-kontorets statistik</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h3&gt;Transaction statistics&lt;/h3&gt;Transactions per user ID, transaction type and month (Danish calendar months), counted from the imported logs.</source>
        <translation>&lt;h3&gt;Transaktionsstatistik&lt;/h3&gt;Transaktioner pr. bruger-id, transaktionstype og måned (danske kalendermåneder), optalt fra de importerede logfiler.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counting transactions {start} to {end}…</source>
        <translation>Tæller transaktioner fra {start} til {end}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counting the history of {user}…</source>
        <translation>Tæller historikken for {user}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The imported logs hold no rows for {user}.</source>
        <translation>De importerede logfiler indeholder ingen rækker for {user}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Transaction statistics</source>
        <translation>Transaktionsstatistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows</source>
        <translation>rækker</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>system-to-system user IDs</source>
        <translation>system-til-system-bruger-id&apos;er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all user IDs</source>
        <translation>alle bruger-id&apos;er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all logs</source>
        <translation>alle logfiler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the CPR log</source>
        <translation>CPR-loggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>our system logs</source>
        <translation>vores egne systemers logfiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{total} transactions by {users} user ID(s), {start} to {end} ({who}, {source}).</source>
        <translation>{total} transaktioner fra {start} til {end}; antal bruger-id&apos;er: {users} ({who}, {source}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No imported CPR transaction statistics lie inside this period. Import the CPR office&apos;s report to compare it with the log.</source>
        <translation>Der ligger ingen importeret CPR-transaktionsstatistik inden for denne periode. Importér CPR-kontorets rapport for at sammenholde den med loggen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} user ID and transaction type pair(s) differ between the CPR office&apos;s statistics and the CPR log imported here. A missing log file, or a report for another period, are the usual causes.</source>
        <translation>{count} par af bruger-id og transaktionstype afviger mellem CPR-kontorets statistik og den CPR-log, der er importeret her. De sædvanlige årsager er en manglende logfil eller en rapport for en anden periode.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CPR office&apos;s statistics and the imported CPR log agree ({count} pair(s) compared).</source>
        <translation>CPR-kontorets statistik og den importerede CPR-log stemmer overens ({count} par sammenholdt).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No transactions</source>
        <translation>Ingen transaktioner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{user}: transactions per month</source>
        <translation>{user}: transaktioner pr. måned</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {count} busiest user IDs, {start} to {end}</source>
        <translation>De {count} mest aktive bruger-id&apos;er, {start} til {end}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other</source>
        <translation>Øvrige</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Transaction statistics {start} {end}</source>
        <translation>Transaktionsstatistik {start} {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the statistics to</source>
        <translation>Eksportér statistikken til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV file, the table only (*.csv)</source>
        <translation>Excel-projektmappe (*.xlsx);;CSV-fil, kun tabellen (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export to a file ending in .xlsx or .csv.</source>
        <translation>Eksportér til en fil, der ender på .xlsx eller .csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the transaction statistics to {file}.</source>
        <translation>Eksportér transaktionsstatistikken til {file}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The statistics were exported to {file} ({rows} rows). The export is recorded in the audit trail.</source>
        <translation>Statistikken er eksporteret til {file} ({rows} rækker). Eksporten er registreret i revisionssporet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting to {file}…</source>
        <translation>Eksporterer til {file}…</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../cpradmin/ui/employee_forms.py" line="+16"/>
        <source>Record training</source>
        <translation>Registrer undervisning</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CPR training on:</source>
        <translation>CPR-undervisning den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulations acknowledged on:</source>
        <translation>Interne regler bekræftet læst den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Enter at least one date.</source>
        <translation>Indtast mindst én dato.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>CPR training on</source>
        <translation>CPR-undervisning den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulations acknowledged on</source>
        <translation>Interne regler bekræftet læst den</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date is in the future.</source>
        <translation>Datoen ligger i fremtiden.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../cpradmin/ui/unlocks_view.py" line="+102"/>
        <source>Record unlock</source>
        <translation>Registrer oplåsning</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Me ({initials})</source>
        <translation>Mig ({initials})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how the identity was checked</source>
        <translation>Vælg, hvordan identiteten blev kontrolleret</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Required when the verification is “Other”</source>
        <translation>Skal udfyldes, når kontrollen er “Andet”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Unlocked at:</source>
        <translation>&amp;Låst op den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;ID:</source>
        <translation>Bruger-&amp;id:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocked &amp;by:</source>
        <translation>Låst op &amp;af:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity &amp;verified:</source>
        <translation>Identitet &amp;kontrolleret:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Bemærkning:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose the user ID that was unlocked.</source>
        <translation>Vælg det bruger-id, der blev låst op.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user ID {user_id} is not in the register.</source>
        <translation>Bruger-id&apos;et {user_id} findes ikke i registret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody is authorised to unlock user IDs on {day}.</source>
        <translation>Ingen er bemyndiget til at låse bruger-id&apos;er op den {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who unlocked the user ID.</source>
        <translation>Vælg, hvem der låste bruger-id&apos;et op.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user ID was locked at {time}; the unlock cannot be earlier.</source>
        <translation>Bruger-id’et blev låst {time}; oplåsningen kan ikke ligge før.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose how the identity was verified.</source>
        <translation>Vælg, hvordan identiteten blev kontrolleret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe in the note how the identity was verified.</source>
        <translation>Beskriv i bemærkningen, hvordan identiteten blev kontrolleret.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Record that the user ID {user_id} was unlocked on {when} by {who}.</source>
        <translation>Registrer, at bruger-id&apos;et {user_id} blev låst op den {when} af {who}.</translation>
    </message>
</context>
<context>
    <name>UnlockersModel</name>
    <message>
        <location line="-228"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised from</source>
        <translation>Bemyndiget fra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised to</source>
        <translation>Bemyndiget til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised by</source>
        <translation>Bemyndiget af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Until ended</source>
        <translation>Indtil videre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised</source>
        <translation>Bemyndiget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not authorised</source>
        <translation>Ikke bemyndiget</translation>
    </message>
</context>
<context>
    <name>UnlocksView</name>
    <message>
        <location line="+391"/>
        <source>Record &amp;unlock…</source>
        <translation>Registrer &amp;oplåsning…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock the selected user ID, or any registered user ID if none is selected.</source>
        <translation>Lås det valgte bruger-id op, eller et hvilket som helst registreret bruger-id, hvis intet er valgt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;lockout…</source>
        <translation>Registrer &amp;låsning…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Locked user IDs waiting for unlock&lt;/b&gt;</source>
        <translation>&lt;b&gt;Låste bruger-id&apos;er, der venter på oplåsning&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Every lockout and unlock, newest first&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alle låsninger og oplåsninger, nyeste først&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Authorise…</source>
        <translation>&amp;Bemyndig…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End authorisation…</source>
        <translation>&amp;Afslut bemyndigelse…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only you and the persons you authorise here may unlock CPR user IDs, and only within their period.</source>
        <translation>Kun du og de personer, du bemyndiger her, må låse CPR-bruger-id&apos;er op, og kun inden for deres periode.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lockouts and unlocks</source>
        <translation>Låsninger og oplåsninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorised unlockers</source>
        <translation>Personer bemyndiget til oplåsning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Unlock register&lt;/h3&gt;CPR user IDs locked after five failed password attempts, and who unlocked them after checking the person&apos;s identity.</source>
        <translation>&lt;h3&gt;Oplåsningsregister&lt;/h3&gt;CPR-bruger-id&apos;er, der er låst efter fem mislykkede forsøg på at angive adgangskoden, og hvem der låste dem op efter at have kontrolleret personens identitet.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Authorise {name} to unlock CPR user IDs ({period}).</source>
        <translation>Bemyndig {name} til at låse CPR-bruger-id&apos;er op ({period}).</translation>
    </message>
</context>
<context>
    <name>UserIdDialog</name>
    <message>
        <location filename="../../cpradmin/ui/employee_forms.py" line="-218"/>
        <source>Add user ID</source>
        <translation>Tilføj bruger-id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employee:</source>
        <translation>Medarbejder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID:</source>
        <translation>Bruger-id:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The user ID is required.</source>
        <translation>Bruger-id skal udfyldes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user ID has no spaces.</source>
        <translation>Et bruger-id indeholder ikke mellemrum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The employee already has this user ID.</source>
        <translation>Medarbejderen har allerede dette bruger-id.</translation>
    </message>
</context>
<context>
    <name>ValidatedDialog</name>
    <message>
        <location line="-164"/>
        <source>Fields marked * are required.</source>
        <translation>Felter markeret med * skal udfyldes.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <location filename="../../cpradmin/models/registers.py" line="+26"/>
        <source>In person, with ID</source>
        <translation>Personligt fremmøde med legitimation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call-back to a known number</source>
        <translation>Tilbageopkald til et kendt nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by the manager</source>
        <translation>Bekræftet af lederen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (see note)</source>
        <translation>Andet (se bemærkning)</translation>
    </message>
</context>
<context>
    <name>VerifyReportDialog</name>
    <message>
        <location filename="../../cpradmin/ui/report_dialogs.py" line="+81"/>
        <source>Verify a report</source>
        <translation>Kontroller en rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No file chosen.</source>
        <translation>Ingen fil valgt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose a PDF…</source>
        <translation>&amp;Vælg en PDF…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signed by:</source>
        <translation>Signeret af:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed at:</source>
        <translation>Signeret den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intact:</source>
        <translation>Intakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed after signing:</source>
        <translation>Ændret efter signering:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted certificate:</source>
        <translation>Betroet certifikat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate SHA-256:</source>
        <translation>Certifikatets SHA-256:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a signed report</source>
        <translation>Vælg en signeret rapport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking…</source>
        <translation>Kontrollerer…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file could not be checked.</source>
        <translation>Filen kunne ikke kontrolleres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid: signed, intact and unchanged since signing.</source>
        <translation>Gyldig: signeret, intakt og uændret siden signeringen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NOT valid.</source>
        <translation>IKKE gyldig.</translation>
    </message>
</context>
<context>
    <name>ViewContext</name>
    <message>
        <location filename="../../cpradmin/ui/context.py" line="+55"/>
        <source>Confirm with your password</source>
        <translation>Bekræft med din adgangskode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{action}

Type your password to confirm.</source>
        <translation>{action}

Indtast din adgangskode for at bekræfte.</translation>
    </message>
</context>
<context>
    <name>WatchlistModel</name>
    <message>
        <location filename="../../cpradmin/ui/watchlist_view.py" line="-95"/>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added on</source>
        <translation>Tilføjet den</translation>
    </message>
</context>
<context>
    <name>WatchlistView</name>
    <message>
        <location line="+110"/>
        <source>&amp;Add…</source>
        <translation>&amp;Tilføj…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Fjern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h3&gt;Persons of special interest&lt;/h3&gt;The log control flags every look-up of these persons. CPR numbers are shown masked.</source>
        <translation>&lt;h3&gt;Personer af særlig interesse&lt;/h3&gt;Logkontrollen markerer ethvert opslag på disse personer. CPR-numre vises maskeret.</translation>
    </message>
</context>
</TS>
