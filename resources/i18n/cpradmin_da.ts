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
</context>
<context>
    <name>AddVersionDialog</name>
    <message>
        <location filename="../../cpradmin/ui/regulations_view.py" line="+108"/>
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
        <location filename="../../cpradmin/ui/watchlist_view.py" line="+57"/>
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
        <location filename="../../cpradmin/ui/dashboard_view.py" line="+102"/>
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
        <location line="+6"/>
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
        <location filename="../../cpradmin/ui/unlocks_view.py" line="+429"/>
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
    <name>Controller</name>
    <message>
        <location filename="../../cpradmin/ui/app.py" line="+131"/>
        <source>Password expires soon</source>
        <translation>Adgangskoden udløber snart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password expires on {day}. Change it from the Vault menu.</source>
        <translation>Din adgangskode udløber den {day}. Skift den fra menuen Boks.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The vault was locked ({reason}).</source>
        <translation>Boksen blev låst ({reason}).</translation>
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
        <location filename="../../cpradmin/dashboard.py" line="+33"/>
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
    <name>EmployeeDialog</name>
    <message>
        <location line="+139"/>
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
        <location filename="../../cpradmin/models/storage/migrations.py" line="+308"/>
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
        <location line="+5"/>
        <source>The document is larger than {limit} MB.</source>
        <translation>Dokumentet er større end {limit} MB.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Version {version} of {title} already exists.</source>
        <translation>Version {version} af {title} findes allerede.</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location line="-19"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location filename="../../cpradmin/ui/programs_view.py" line="+195"/>
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
        <location filename="../../cpradmin/register_import.py" line="+205"/>
        <source>{file}, line {line}, column {column}: {problem}</source>
        <translation>{file}, linje {line}, kolonne {column}: {problem}</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>{value} is not a date. Write dates as YYYY-MM-DD, DD-MM-YYYY or DD.MM.YYYY.</source>
        <translation>{value} er ikke en dato. Skriv datoer som ÅÅÅÅ-MM-DD, DD-MM-ÅÅÅÅ eller DD.MM.ÅÅÅÅ.</translation>
    </message>
    <message>
        <location line="+19"/>
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
    <name>IssuesModel</name>
    <message>
        <location line="-501"/>
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
        <location filename="../../cpradmin/log_import.py" line="+258"/>
        <source>The user ID is missing.</source>
        <extracomment>Rows parsed and written between two progress reports and cancel checks. Rows converted column by column at a time: small enough to stay in the CPU&apos;s cache. Row errors kept with their details; beyond this only the counts per reason grow. Rows read to decide the date format. Distinct extra texts (search criteria may be free text) kept in memory while importing. Rebuild the indexes after the load unless the vault holds this many times the new rows. Bytes of sort memory per row when building an index (record plus sorter overhead).</extracomment>
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
        <location line="+154"/>
        <source>{file} has no column for: {missing}. The columns found are: {columns}. Use a column profile (--profile) for this export.</source>
        <translation>{file} har ingen kolonne for: {missing}. Fundne kolonner: {columns}. Brug en kolonneprofil (--profile) til denne eksport.</translation>
    </message>
    <message>
        <location line="+414"/>
        <source>{file}: the times are in no known format (YYYY-MM-DD, DD-MM-YYYY or DD.MM.YYYY, each with HH:MM or HH:MM:SS). Use a column profile with a date format.</source>
        <translation>{file}: Tidspunkterne har intet kendt format (ÅÅÅÅ-MM-DD, DD-MM-ÅÅÅÅ eller DD.MM.ÅÅÅÅ, hver med TT:MM eller TT:MM:SS). Brug en kolonneprofil med et datoformat.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{file} was imported already: import #{id} ({earlier}, {at} by {by}) has the same content (SHA-256). Nothing was added.</source>
        <translation>{file} er allerede importeret: Import nr. {id} ({earlier}, {at} af {by}) har samme indhold (SHA-256). Intet blev tilføjet.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>There is no column profile named {name}.</source>
        <translation>Der findes ingen kolonneprofil med navnet {name}.</translation>
    </message>
    <message>
        <location line="+206"/>
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
        <location filename="../../cpradmin/ui/main_window.py" line="+47"/>
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
        <location line="+23"/>
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
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About cpradmin</source>
        <translation>&amp;Om cpradmin</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+172"/>
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
        <location line="+102"/>
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
        <location line="+406"/>
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
        <location line="+120"/>
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
