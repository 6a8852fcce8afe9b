using System.Collections.Frozen;

namespace Verification.Worker.BirthCertificates.Language;

/// <summary>
/// Small word profiles: each language's most frequent function words plus the vocabulary of civil
/// registers (birth, parents, registrar, months). Function words make up a third to a half of any
/// running text, and civil-register vocabulary carries the rest of a form-like certificate, so a
/// page of a few dozen words is enough. Folded (lower case, no diacritics: see <see cref="TextTokens"/>).
/// </summary>
public static class LanguageProfiles
{
    public static readonly FrozenDictionary<PageLanguageCode, FrozenSet<string>> Words = new Dictionary<PageLanguageCode, FrozenSet<string>>
    {
        [PageLanguageCode.French] = Set("""
            le la les de des du un une et est en au aux pour par sur dans avec que qui ne pas sont ont il elle ce cette ces
            son sa ses leur nous vous je qu ou ete etait sans entre sous vers apres avant dont aussi tout plus selon ainsi
            lieu nee naissance acte date nom noms prenom prenoms pere mere sexe masculin feminin fils fille mairie etat civil
            officier extrait copie integrale registre republique francaise annee jour ville heures minutes arrondissement
            commune departement domicilie demeurant nationalite epoux epouse mariage deces declare declaration
            janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
            traduction traduit traduite traducteur traductrice conforme original originale certifie certifiee soussigne
            soussignee delivre delivree fait atteste presente present mention mentions marginales neant cour appel pres
            juree jure assermente assermentee signature cachet sceau donnees enregistrement numero langue redige
            filiation parents inscrite inscrit personne documents document concordance
            """),
        [PageLanguageCode.English] = Set("""
            the of and to in is was for on by with as at from this that which be are it an or not has have his her he she
            their been were will shall any all who whom
            born birth certificate name names date place sex male female father mother registration registrar register
            issued issue number district state government department office record records certify certified true copy
            given under hand day county city child signature authority entry act section hereby following information taken
            original local area health welfare births deaths surname other nationality address parents time hospital
            january february march april may june july august september october november december
            translation translated translator accurate competent document
            """),
        [PageLanguageCode.Spanish] = Set("""
            el la los las de del en que por para con se su sus un una es al lo como esta este estos estas son fue ha han
            nacimiento nacido nacida registro civil fecha lugar sexo femenino masculino padre madre nombre nombres apellido
            apellidos datos inscrito inscrita oficina notaria notario firma firmas sello presente expide expedicion solicitud
            interesado validez demostrar parentesco persona funcionario autoriza declarante declarantes republica nacional
            estado departamento municipio ciudad hijo hija nacionalidad cedula ciudadania ano anos documento hora
            registraduria aparecen inscripcion serial indicativo grupo sanguineo
            enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
            """),
        [PageLanguageCode.Portuguese] = Set("""
            os as de do da dos das em no na nos nas um uma que por para com se seu sua ao pelo pela foi sao nao ou
            certidao nascimento nascido nascida registro civil pessoas naturais data local sexo masculino feminino pai mae
            filiacao avos paternos maternos nome oficial municipio estado republica federativa brasil matricula hora dia mes
            ano conteudo verdadeiro dou fe emitida pedido parte interessada contem rasuras vale todo territorio nacional
            termos lei assinatura cartorio natural
            janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro
            """),
        [PageLanguageCode.German] = Set("""
            der die das und ist im in den dem des ein eine einer zu von mit auf fur nicht sich bei als auch aus wird werden
            wurde nach am zum zur oder sie er es
            geburt geburtsurkunde geburtsregister geburtstag geburtsort geboren geborene familienname vorname vornamen
            geschlecht mannlich weiblich eltern vater mutter standesamt standesbeamte standesbeamtin eintrag eintrags
            anderungen keine urkunde ubereinstimmung hiermit beglaubigt diese nur gultig dienstsiegel
            evangelisch katholisch romisch staatsangehorigkeit
            januar februar marz april mai juni juli august september oktober november dezember
            """),
        [PageLanguageCode.Italian] = Set("""
            il lo la gli le di del della dei delle ed in nel nella con per su da dal dalla che un una non si sono al alla
            atto nascita nato nata cognome nome sesso maschile femminile padre madre figlio figlia comune ufficio stato
            civile ufficiale estratto riassunto anno parte serie numero annotazioni nessuna rilascia presente carta libera
            usi consentiti legge certificato pubblica amministrazione privati gestori servizi residente cittadinanza
            gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
            """),
    }.ToFrozenDictionary();

    private static FrozenSet<string> Set(string words) =>
        words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToFrozenSet(StringComparer.Ordinal);
}
