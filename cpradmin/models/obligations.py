"""The obligations of the CPR terms (Standard terms for CPR access by public authorities,
1 February 2023, ref. 2023-597) as a checklist catalogue: pure data and pure rules.

The terms do not number their paragraphs and bullets, so the references here ("3.7") are
ours: section number, then the obligation's place within the section, in the order the terms
state them. Each obligation is restated in our own words, in English (the source, marked with
``QT_TRANSLATE_NOOP`` in context ``Obligations`` so the GUI translates it) and in Danish (used
where Qt is absent: the printed report). ``evidence`` names what cpradmin itself holds that
bears on the obligation; ``cpradmin.obligations`` turns it into a hint, never a status: only
the officer decides whether an obligation is met.

Sections 1-2 and 10-17 (introduction, payment, downtime, liability, termination...) put no
duty on the security officer and are left out.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from cpradmin.i18n import QT_TRANSLATE_NOOP


class Status(enum.StrEnum):
    """The officer's assessment of one obligation."""

    NOT_ASSESSED = "not-assessed"
    MET = "met"
    PARTLY_MET = "partly-met"
    NOT_MET = "not-met"
    NOT_APPLICABLE = "not-applicable"


STATUS_LABELS: dict[Status, str] = {
    Status.NOT_ASSESSED: QT_TRANSLATE_NOOP("Obligations", "Not assessed"),
    Status.MET: QT_TRANSLATE_NOOP("Obligations", "Met"),
    Status.PARTLY_MET: QT_TRANSLATE_NOOP("Obligations", "Partly met"),
    Status.NOT_MET: QT_TRANSLATE_NOOP("Obligations", "Not met"),
    Status.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Obligations", "Not applicable"),
}

STATUS_DANISH: dict[Status, str] = {
    Status.NOT_ASSESSED: "Ikke vurderet",
    Status.MET: "Opfyldt",
    Status.PARTLY_MET: "Delvist opfyldt",
    Status.NOT_MET: "Ikke opfyldt",
    Status.NOT_APPLICABLE: "Ikke relevant",
}


class Evidence(enum.StrEnum):
    """Records in the vault that bear on an obligation (shown as a computed hint)."""

    REGULATIONS = "regulations"
    AUTHORISATION_CONTROL = "authorisation-control"
    LOG_CONTROL = "log-control"
    SYSTEM_STATISTICS = "system-statistics"
    ADHOC_CONTROLS = "adhoc-controls"
    ACCESS_LIST = "access-list"
    UNLOCK_REGISTER = "unlock-register"
    TRAINING = "training"
    ACKNOWLEDGEMENT = "acknowledgement"
    REPORTS = "reports"


@dataclass(frozen=True)
class Section:
    number: str
    title: str
    title_da: str


@dataclass(frozen=True)
class Obligation:
    """One checklist item: the terms' duty in our own words."""

    ref: str
    title: str
    text: str
    title_da: str
    text_da: str
    evidence: Evidence | None = None

    @property
    def section(self) -> str:
        return self.ref.split(".", 1)[0]


SECTIONS: tuple[Section, ...] = (
    Section("3", QT_TRANSLATE_NOOP("Obligations", "Authorisation and access control"),
            "Autorisation og adgangskontrol"),
    Section("4", QT_TRANSLATE_NOOP("Obligations", "Control of CPR authorisations and queries"),
            "Kontrol af CPR-autorisationer og opslag"),
    Section("5", QT_TRANSLATE_NOOP("Obligations", "Data communication access"),
            "Krav til datakommunikationsadgang"),
    Section("6", QT_TRANSLATE_NOOP("Obligations", "Client installations"),
            "Krav til kundens installationer"),
    Section("7", QT_TRANSLATE_NOOP("Obligations", "Home workstations"),
            "Krav til hjemmearbejdspladser"),
    Section("8", QT_TRANSLATE_NOOP("Obligations", "Processing of CPR numbers"),
            "Kundens behandling af CPR-numre"),
    Section("9", QT_TRANSLATE_NOOP("Obligations", "Processing and disclosure of CPR data"),
            "Behandling og videregivelse af data fra CPR"),
)


def _o(ref: str, title: str, text: str, title_da: str, text_da: str,
       evidence: Evidence | None = None) -> Obligation:
    return Obligation(ref, title, text, title_da, text_da, evidence)



CATALOGUE: tuple[Obligation, ...] = (
    # -- 3 authorisation and access control ------------------------------------------------
    _o("3.1", QT_TRANSLATE_NOOP("Obligations", "Security officer designated"),
       QT_TRANSLATE_NOOP("Obligations", "The authority has designated a security officer who is "
                         "responsible for compliance with the CPR terms."),
       "Sikkerhedsansvarlig udpeget",
       "Myndigheden har udpeget en sikkerhedsansvarlig, der er ansvarlig for, at "
       "CPR-vilkårene overholdes."),
    _o("3.2", QT_TRANSLATE_NOOP("Obligations", "Internal regulations established"),
       QT_TRANSLATE_NOOP("Obligations", "Local internal regulations on security measures are "
                         "established."),
       "Interne regler fastsat",
       "Der er fastsat lokale interne regler om sikkerhedsforanstaltninger.",
       Evidence.REGULATIONS),
    _o("3.3", QT_TRANSLATE_NOOP("Obligations", "Security measures observed"),
       QT_TRANSLATE_NOOP("Obligations",
                         "The security measures of the internal regulations are observed "
                         "in practice."),
       "Sikkerhedsforanstaltninger overholdt",
       "De interne reglers sikkerhedsforanstaltninger overholdes i praksis."),
    _o("3.4", QT_TRANSLATE_NOOP("Obligations", "Access on a need-to-know basis"),
       QT_TRANSLATE_NOOP("Obligations",
                         "CPR access is granted only to employees who need it for their "
                         "work, and only for the purposes they need it for."),
       "Adgang efter arbejdsbetinget behov",
       "CPR-adgang gives kun til medarbejdere, der har brug for den i deres arbejde, og kun "
       "til de formål, de har brug for den til.",
       Evidence.ACCESS_LIST),
    _o("3.5", QT_TRANSLATE_NOOP("Obligations", "Update access only for reporting employees"),
       QT_TRANSLATE_NOOP("Obligations",
                         "Where the authority reports data to the CPR (municipalities, "
                         "church registrars, courts, hospitals, tax authorities and "
                         "others named in the terms), access is granted only to the "
                         "employees who report data."),
       "Indberetningsadgang kun til indberettende medarbejdere",
       "Hvor myndigheden indberetter til CPR (kommuner, kirkebogsførere, domstole, sygehuse, "
       "skattemyndigheder m.fl. nævnt i vilkårene), gives adgang kun til de medarbejdere, "
       "der indberetter."),
    _o("3.6", QT_TRANSLATE_NOOP("Obligations", "Data reported by the proper person"),
       QT_TRANSLATE_NOOP("Obligations",
                         "Data reported through a self-service server, such as a change "
                         "of address, are reported by the proper person."),
       "Indberetning af rette person",
       "Data, der indberettes via en selvbetjeningsløsning, f.eks. en flytning, indberettes "
       "af den rette person."),
    _o("3.7", QT_TRANSLATE_NOOP("Obligations", "Employees trained"),
       QT_TRANSLATE_NOOP("Obligations", "The employees are trained in the use of CPR access."),
       "Medarbejdere undervist",
       "Medarbejderne er undervist i brugen af CPR-adgangen.",
       Evidence.TRAINING),
    _o("3.8", QT_TRANSLATE_NOOP("Obligations", "Employees know the rules"),
       QT_TRANSLATE_NOOP("Obligations",
                         "The employees are familiar with the internal regulations and "
                         "the CPR terms."),
       "Medarbejdere kender reglerne",
       "Medarbejderne er bekendt med de interne regler og CPR-vilkårene.",
       Evidence.ACKNOWLEDGEMENT),
    _o("3.9", QT_TRANSLATE_NOOP("Obligations", "Personal user IDs and passwords"),
       QT_TRANSLATE_NOOP("Obligations",
                         "Each employee has a personal CPR user ID whose password is "
                         "changed at first logon to one only the employee knows; when an "
                         "employee gives up the authorisation, the officer has the "
                         "password changed to one only the officer knows."),
       "Personlige bruger-id'er og adgangskoder",
       "Hver medarbejder har et personligt bruger-id, hvis adgangskode ændres ved første "
       "logon til en, som kun medarbejderen kender; når en medarbejder afgiver "
       "autorisationen, sørger den sikkerhedsansvarlige for, at adgangskoden ændres til en, "
       "som kun den sikkerhedsansvarlige kender."),
    _o("3.10", QT_TRANSLATE_NOOP("Obligations", "System-to-system user ID"),
       QT_TRANSLATE_NOOP("Obligations",
                         "A system-to-system program's single system user ID gets a "
                         "confidential password at first use, and each employee uses the "
                         "authorisation ID the authority issued in its own system."),
       "System-til-system bruger-id",
       "Et system-til-system-programs ene system-bruger-id får en fortrolig adgangskode ved "
       "første brug, og hver medarbejder bruger det autorisations-id, myndigheden har "
       "udstedt i sit eget system."),
    _o("3.11", QT_TRANSLATE_NOOP("Obligations", "List of authorised employees and programs"),
       QT_TRANSLATE_NOOP("Obligations",
                         "The officer keeps a list of the employees and system-to-system "
                         "programs with authorisation, with the date each authorisation "
                         "was granted and expires."),
       "Liste over autoriserede medarbejdere og programmer",
       "Den sikkerhedsansvarlige fører en liste over medarbejdere og "
       "system-til-system-programmer med autorisation, med dato for tildeling og udløb.",
       Evidence.ACCESS_LIST),
    _o("3.12", QT_TRANSLATE_NOOP("Obligations", "Password rules observed"),
       QT_TRANSLATE_NOOP("Obligations",
                         "Employees keep the password rules: personal and never shared, "
                         "changed at least every 90 days and when it may have been "
                         "disclosed, not reused, valid characters only, no running "
                         "numbers, nothing easy to guess."),
       "Regler for adgangskoder overholdt",
       "Medarbejderne overholder reglerne for adgangskoder: personlig og aldrig delt, "
       "skiftet mindst hver 90. dag og når den kan være røbet, ikke genbrugt, kun gyldige "
       "tegn, ingen fortløbende tal, intet der er let at gætte."),
    _o("3.13", QT_TRANSLATE_NOOP("Obligations", "Locked user IDs unlocked by authorised persons"),
       QT_TRANSLATE_NOOP("Obligations",
                         "A user ID locked after five failed attempts is unlocked only by "
                         "the security officer or persons the officer has authorised."),
       "Spærrede bruger-id'er oplåses af autoriserede personer",
       "Et bruger-id, der er spærret efter fem fejlforsøg, oplåses kun af den "
       "sikkerhedsansvarlige eller personer, den sikkerhedsansvarlige har bemyndiget.",
       Evidence.UNLOCK_REGISTER),
    _o("3.14", QT_TRANSLATE_NOOP("Obligations", "Only necessary data, no private use"),
       QT_TRANSLATE_NOOP("Obligations",
                         "Employees look up only the data their case work needs; any "
                         "private use of the CPR is forbidden."),
       "Kun nødvendige data, ingen privat brug",
       "Medarbejderne slår kun de data op, som sagsbehandlingen kræver; enhver privat brug "
       "af CPR er forbudt.",
       Evidence.LOG_CONTROL),
    _o("3.15", QT_TRANSLATE_NOOP("Obligations", "Log out or lock when leaving"),
       QT_TRANSLATE_NOOP("Obligations",
                         "Employees log out of the CPR, or lock the workstation with a "
                         "personal password, before leaving it."),
       "Log af eller lås ved fravær",
       "Medarbejderne logger af CPR eller låser arbejdsstationen med en personlig "
       "adgangskode, før de forlader den."),
    # -- 4 controls ----------------------------------------------------------------------------
    _o("4.1", QT_TRANSLATE_NOOP("Obligations", "Internal regulations on control, updated yearly"),
       QT_TRANSLATE_NOOP("Obligations",
                         "Internal regulations for ongoing control of authorisations and "
                         "queries are in place, reflect the actual facts and are updated "
                         "at least once a year."),
       "Interne regler for kontrol, opdateret årligt",
       "Der er interne regler for løbende kontrol af autorisationer og opslag; de afspejler "
       "de faktiske forhold og opdateres mindst én gang om året.",
       Evidence.REGULATIONS),
    _o("4.2", QT_TRANSLATE_NOOP("Obligations", "Documentation available on request"),
       QT_TRANSLATE_NOOP("Obligations",
                         "A copy of the internal regulations and documentation of the "
                         "controls carried out can be handed to the CPR Administration "
                         "on request."),
       "Dokumentation kan udleveres",
       "En kopi af de interne regler og dokumentation for de udførte kontroller kan "
       "udleveres til CPR-administrationen på forlangende.",
       Evidence.REPORTS),
    _o("4.3", QT_TRANSLATE_NOOP("Obligations", "Authorisation control every third month"),
       QT_TRANSLATE_NOOP("Obligations",
                         "The CPR authorisations are controlled at least every third "
                         "month."),
       "Autorisationskontrol hver tredje måned",
       "CPR-autorisationerne kontrolleres mindst hver tredje måned.",
       Evidence.AUTHORISATION_CONTROL),
    _o("4.4", QT_TRANSLATE_NOOP("Obligations", "Log control every third month"),
       QT_TRANSLATE_NOOP("Obligations", "A control based on the log search and the transaction "
                         "statistics shows whether employees use their authorisations "
                         "lawfully; it is done at intervals of no more than three "
                         "months."),
       "Logkontrol hver tredje måned",
       "En kontrol på grundlag af logsøgningen og transaktionsstatistikken viser, om "
       "medarbejderne bruger deres autorisationer lovligt; den udføres med højst tre "
       "måneders mellemrum.",
       Evidence.LOG_CONTROL),
    _o("4.5", QT_TRANSLATE_NOOP("Obligations", "System-to-system: own log and monthly statistics"),
       QT_TRANSLATE_NOOP("Obligations", "With system-to-system access the authority records each "
                         "user's transactions in its own system, makes similar "
                         "statistics monthly and carries out similar controls."),
       "System-til-system: egen log og månedlig statistik",
       "Ved system-til-system-adgang registrerer myndigheden hver brugers transaktioner i "
       "sit eget system, laver tilsvarende statistik månedligt og udfører tilsvarende "
       "kontroller.",
       Evidence.SYSTEM_STATISTICS),
    _o("4.6", QT_TRANSLATE_NOOP("Obligations", "Control on suspected abuse"),
       QT_TRANSLATE_NOOP("Obligations",
                         "When abuse of CPR access is suspected, a control is carried "
                         "out, in addition to the ongoing controls."),
       "Kontrol ved mistanke om misbrug",
       "Ved mistanke om misbrug af CPR-adgangen udføres en kontrol ud over de løbende "
       "kontroller.",
       Evidence.ADHOC_CONTROLS),
    # -- 5 data communication --------------------------------------------------------------------
    _o("5.1", QT_TRANSLATE_NOOP("Obligations", "Batch deliveries by file transfer"),
       QT_TRANSLATE_NOOP("Obligations", "Batch deliveries are received by file transfer only."),
       "Batchleverancer ved filoverførsel",
       "Batchleverancer modtages kun ved filoverførsel."),
    _o("5.2", QT_TRANSLATE_NOOP("Obligations", "Secure data transfer"),
       QT_TRANSLATE_NOOP("Obligations", "Data are transferred as the CPR Administration's rules "
                         "require, with encryption and IP address verification, so they "
                         "are not compromised."),
       "Sikker dataoverførsel",
       "Data overføres efter CPR-administrationens regler med kryptering og kontrol af "
       "IP-adresser, så de ikke kompromitteres."),
    _o("5.3", QT_TRANSLATE_NOOP("Obligations", "No online batches without approval"),
       QT_TRANSLATE_NOOP("Obligations",
                         "System-to-system access is not used for online batches without "
                         "the CPR Administration's prior approval."),
       "Ingen online-batch uden godkendelse",
       "System-til-system-adgang bruges ikke til online-batch uden forudgående godkendelse "
       "fra CPR-administrationen."),
    # -- 6 installations -------------------------------------------------------------------------
    _o("6.1", QT_TRANSLATE_NOOP("Obligations", "IP address pools used only by the authority"),
       QT_TRANSLATE_NOOP("Obligations",
                         "The IP address pools assigned for traffic to and from the CPR "
                         "are used only by the authority or by public clients with "
                         "similar CPR access."),
       "IP-adressepuljer bruges kun af myndigheden",
       "De IP-adressepuljer, der er tildelt til trafik til og fra CPR, bruges kun af "
       "myndigheden eller af offentlige kunder med tilsvarende CPR-adgang."),
    _o("6.2", QT_TRANSLATE_NOOP("Obligations", "Administrative network protected"),
       QT_TRANSLATE_NOOP("Obligations",
                         "The administrative local area network is protected against "
                         "access by unauthorised third parties."),
       "Administrativt net beskyttet",
       "Det administrative lokalnet er beskyttet mod adgang for uvedkommende."),
    _o("6.3", QT_TRANSLATE_NOOP("Obligations", "No data sniffing from outside PCs"),
       QT_TRANSLATE_NOOP("Obligations",
                         "PCs that are not part of the administration cannot sniff data "
                         "on the administrative network."),
       "Ingen aflytning fra uvedkommende pc'er",
       "Pc'er, der ikke er en del af administrationen, kan ikke aflytte data på det "
       "administrative net."),
    _o("6.4", QT_TRANSLATE_NOOP("Obligations", "Administrative network separated"),
       QT_TRANSLATE_NOOP("Obligations",
                         "The administrative network is separated from other networks, "
                         "such as those for visitor or student terminals."),
       "Administrativt net adskilt",
       "Det administrative net er adskilt fra andre net, f.eks. net til besøgs- eller "
       "elevterminaler."),
    _o("6.5", QT_TRANSLATE_NOOP("Obligations", "Separate outgoing IP addresses"),
       QT_TRANSLATE_NOOP("Obligations",
                         "Administrative terminals and servers connected to the CPR do "
                         "not share their outgoing IP address with non-administrative "
                         "terminals."),
       "Separate udgående IP-adresser",
       "Administrative terminaler og servere med forbindelse til CPR deler ikke udgående "
       "IP-adresse med ikke-administrative terminaler."),
    # -- 7 home workstations ---------------------------------------------------------------------
    _o("7.1", QT_TRANSLATE_NOOP("Obligations", "Guidelines for home workstations"),
       QT_TRANSLATE_NOOP("Obligations",
                         "Special guidelines for setting up home workstations ensure the "
                         "security measures are kept."),
       "Retningslinjer for hjemmearbejdspladser",
       "Særlige retningslinjer for opsætning af hjemmearbejdspladser sikrer, at "
       "sikkerhedsforanstaltningerne overholdes."),
    _o("7.2", QT_TRANSLATE_NOOP("Obligations", "Rooms protected"),
       QT_TRANSLATE_NOOP("Obligations",
                         "Rooms used for home work are fitted out so that unauthorised "
                         "persons cannot get at the data."),
       "Lokaler beskyttet",
       "Lokaler til hjemmearbejde er indrettet, så uvedkommende ikke kan få adgang til "
       "data."),
    _o("7.3", QT_TRANSLATE_NOOP("Obligations", "Home access as for data communication"),
       QT_TRANSLATE_NOOP("Obligations",
                         "Access from the home workstation to the authority's network "
                         "follows the rules on data communication access (section 5)."),
       "Hjemmeadgang som ved datakommunikation",
       "Adgang fra hjemmearbejdspladsen til myndighedens net følger reglerne om "
       "datakommunikationsadgang (afsnit 5)."),
    _o("7.4", QT_TRANSLATE_NOOP("Obligations", "No unencrypted CPR data at home"),
       QT_TRANSLATE_NOOP("Obligations",
                         "CPR data are stored on the home workstation only encrypted."),
       "Ingen ukrypterede CPR-data hjemme",
       "CPR-data lagres kun krypteret på hjemmearbejdspladsen."),
    _o("7.5", QT_TRANSLATE_NOOP("Obligations", "Rules for other use"),
       QT_TRANSLATE_NOOP("Obligations",
                         "Where other use of the home workstation (such as private use) "
                         "is allowed, there are guidelines and security measures for it."),
       "Regler for anden brug",
       "Hvor anden brug af hjemmearbejdspladsen (f.eks. privat brug) er tilladt, er der "
       "retningslinjer og sikkerhedsforanstaltninger for den."),
    _o("7.6", QT_TRANSLATE_NOOP("Obligations", "Printouts kept safe and destroyed safely"),
       QT_TRANSLATE_NOOP("Obligations",
                         "Rules ensure that data printed at home are kept safe from "
                         "unauthorised access and destroyed safely."),
       "Udskrifter opbevares og destrueres sikkert",
       "Regler sikrer, at data udskrevet hjemme opbevares sikret mod uvedkommende og "
       "destrueres sikkert."),
    _o("7.7", QT_TRANSLATE_NOOP("Obligations", "Protection against viruses and misuse"),
       QT_TRANSLATE_NOOP("Obligations",
                         "Guidelines protect the home workstation against viruses and "
                         "other misuse."),
       "Beskyttelse mod virus og misbrug",
       "Retningslinjer beskytter hjemmearbejdspladsen mod virus og andet misbrug."),
    _o("7.8", QT_TRANSLATE_NOOP("Obligations", "Ten-minute idle timeout"),
       QT_TRANSLATE_NOOP("Obligations",
                         "After ten idle minutes the home workstation locks (unlocked "
                         "only with a password) or the CPR connection ends."),
       "Automatisk låsning efter ti minutter",
       "Efter ti minutters inaktivitet låses hjemmearbejdspladsen (kan kun låses op med "
       "adgangskode), eller forbindelsen til CPR afbrydes."),
    _o("7.9", QT_TRANSLATE_NOOP("Obligations", "Officer oversees home workstations"),
       QT_TRANSLATE_NOOP("Obligations",
                         "The security officer oversees that the guidelines for home "
                         "workstations are kept."),
       "Den sikkerhedsansvarlige fører tilsyn",
       "Den sikkerhedsansvarlige fører tilsyn med, at retningslinjerne for "
       "hjemmearbejdspladser overholdes."),
    # -- 8 CPR numbers ----------------------------------------------------------------------------
    _o("8.1", QT_TRANSLATE_NOOP("Obligations", "CPR number as case number"),
       QT_TRANSLATE_NOOP("Obligations",
                         "Where a CPR number is used as identification or case number, "
                         "it is that of the person the case concerns, unless the law "
                         "requires several persons on one case (CPR Act section 52)."),
       "CPR-nummer som sagsnummer",
       "Hvor et CPR-nummer bruges som identifikation eller sagsnummer, er det nummeret på den "
       "person, sagen vedrører, medmindre loven kræver flere personer på samme sag "
       "(CPR-lovens § 52)."),
    _o("8.2", QT_TRANSLATE_NOOP("Obligations", "A person's own CPR number only"),
       QT_TRANSLATE_NOOP("Obligations",
                         "When contacting a person, the authority uses that person's own "
                         "CPR number, and asks a person only for his or her own "
                         "(section 53)."),
       "Kun personens eget CPR-nummer",
       "Ved henvendelse til en person bruger myndigheden personens eget CPR-nummer og beder "
       "kun om personens eget (§ 53)."),
    _o("8.3", QT_TRANSLATE_NOOP("Obligations", "CPR numbers not legible on mail"),
       QT_TRANSLATE_NOOP("Obligations",
                         "No unauthorised access to CPR numbers: they are not fully "
                         "legible on the outside of letters or in window envelopes "
                         "(giro slips in sealed envelopes excepted; section 54(1)-(2))."),
       "CPR-numre ikke læsbare på post",
       "Ingen uvedkommende adgang til CPR-numre: de er ikke fuldt læsbare uden på breve "
       "eller i rudekuverter (undtagen girokort i lukkede kuverter; § 54, stk. 1-2)."),
    _o("8.4", QT_TRANSLATE_NOOP("Obligations", "CPR numbers not made public"),
       QT_TRANSLATE_NOOP("Obligations", "CPR numbers are not made public, the Official Gazette "
                         "included, except as the law provides (section 54(3))."),
       "CPR-numre offentliggøres ikke",
       "CPR-numre offentliggøres ikke, heller ikke i Statstidende, medmindre loven giver "
       "hjemmel (§ 54, stk. 3)."),
    # -- 9 disclosure ------------------------------------------------------------------------------
    _o("9.1", QT_TRANSLATE_NOOP("Obligations", "Used only for the intended purpose"),
       QT_TRANSLATE_NOOP("Obligations",
                         "The authority is the controller of the data it receives from "
                         "the CPR and uses them only for the intended purpose."),
       "Kun brug til det tilsigtede formål",
       "Myndigheden er dataansvarlig for de data, den modtager fra CPR, og bruger dem kun "
       "til det tilsigtede formål."),
    _o("9.2", QT_TRANSLATE_NOOP("Obligations", "Disclosure only with legal basis"),
       QT_TRANSLATE_NOOP("Obligations",
                         "Data, protected names and addresses included, are disclosed to "
                         "others only where the law provides for it; a data processor "
                         "works under the GDPR and the Data Protection Act."),
       "Videregivelse kun med hjemmel",
       "Data, herunder beskyttede navne og adresser, videregives kun til andre, hvor loven "
       "giver hjemmel; en databehandler arbejder efter databeskyttelsesforordningen og "
       "databeskyttelsesloven."),
    _o("9.3", QT_TRANSLATE_NOOP("Obligations", "Name and address protection respected"),
       QT_TRANSLATE_NOOP("Obligations",
                         "Protected names and addresses are not available to private "
                         "enterprises or individuals; the protection is recorded wherever "
                         "names and addresses are, and passed on with any disclosure."),
       "Navne- og adressebeskyttelse respekteret",
       "Beskyttede navne og adresser er ikke tilgængelige for private virksomheder eller "
       "personer; beskyttelsen registreres overalt, hvor navne og adresser står, og oplyses "
       "ved enhver videregivelse."),
    _o("9.4", QT_TRANSLATE_NOOP("Obligations",
                         "No unauthorised access; self-service authenticated"),
       QT_TRANSLATE_NOOP("Obligations", "There is no unauthorised access to CPR data; a public "
                         "self-service that queries the CPR lets users in only after "
                         "NemID or MitID authentication, with the CPR number verified "
                         "through Nets."),
       "Ingen uvedkommende adgang; selvbetjening med log-in",
       "Der er ingen uvedkommende adgang til CPR-data; en offentlig selvbetjening, der slår "
       "op i CPR, lukker kun brugere ind efter log-in med NemID eller MitID og med "
       "CPR-nummeret kontrolleret via Nets."),
)

_BY_REF: dict[str, Obligation] = {o.ref: o for o in CATALOGUE}


def find(ref: str) -> Obligation | None:
    """The obligation with reference *ref* ("3.7"), or None."""
    return _BY_REF.get(ref.strip())


def section_of(obligation: Obligation) -> Section:
    return next(s for s in SECTIONS if s.number == obligation.section)


def one_year_after(day: date) -> date:
    """The yearly review date; 29 February falls back to 28 February."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def review_due(reviewed_on: date | None, today: date,
               regulations_approved: date | None = None) -> bool:
    """Whether an item must be reviewed again.

    The terms want the internal regulations reviewed at least once a year, and the checklist
    is reviewed with them: an item is due when it was never reviewed, when its review is a
    year old or more (due on the anniversary), or when the version of the regulations in
    force was approved after the review (a review on the approval day itself counts).
    """
    if reviewed_on is None:
        return True
    if today >= one_year_after(reviewed_on):
        return True
    return regulations_approved is not None and reviewed_on < regulations_approved
