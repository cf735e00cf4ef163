// The word list below was written by hand for rolefit (no external source).

package extract

// wordList is a small English and résumé vocabulary (common English words,
// résumé section names and verbs, health-informatics and technology terms),
// written for rolefit. It only feeds the quality score: it is never used
// to match skills.
const wordList = `
web website webinar john jane doe smith js ts ux ui io app apps frontend backend fullstack full-stack startup startups saas paas iaas github gitlab linkedin email e-mail online offline blog podcast mobile ios android api sdk cli gui ide url urls http https www com org net edu gov nhs uk usa us llm llms genai chatbot dashboarding reporting analytics microsoft google amazon apple meta ibm salesforce sap workday servicenow powerpoint word outlook teams sharepoint visio access onenote slack zoom
dr mr mrs ms jr sr st ltd inc llc plc etc eg ie vs jazz
a able about above absence absolute academic academy accept acceptable access accident accompany
accomplish accomplishments according account accountable accounting accuracy accurate achieve
achieved achievement achievements acid acknowledge acquire acquisition across act acting action
active activity actor actual actually acute adapt adaptation add added addition additional
address adequate adjust adjustment administer administered administration administrative
administrator administrators admissions admit adopt adoption adult advance advanced advantage
adventure advertising advice advise adviser advisor advisory advocate affair affairs affect afford
afraid after afternoon again against age agencies agency agenda agent aggressive agile ago agree
agreement agricultural ahead ai aid aim air aircraft airflow airline airport alarm album alcohol
alert alerts algorithm algorithms alive all alliance allow allscripts almost alone along already
also alternative although always am amazing ambition ambulatory amendment among amount an analyse
analysed analyses analysing analysis analyst analysts analytical analytics analyze analyzed
analyzing ancient and anger angle angry angular animal announce annual annually anonymization
another ansible answer anticipate anxiety any anyone anything apart apartment api apis app
apparent apparently appeal appear appearance application applications apply appoint appointed
appointment appreciate apprenticeship approach appropriate approval approve approximately apps
apr april arabic architect architects architecture area argue argument arise arm around arrange
arrangement arrest arrival arrive art article artificial artist as aside ask aspect assess
assessed assessment assessments asset assign assignment assist assistance assistant associate
association assume assumption assure at athenahealth atmosphere attach attack attempt attend
attention attitude attorney attract attractive attribute audience audit audited audits aug august
authentication author authored authority authorization authorize automate automated automatic
automating autumn availability available average avoid award awarded awards aware awareness away
aws azure ba baby bachelor bachelors back background backlog bad bag balance ball band bank bar
barrier base bash basic basis basket battle bayesian be bear bearing beat beautiful because
become bed bedroom beds beer before begin beginner beginning behavior behavioral behavioural
behind being belief believe belong below belt bench beneath benefit benefits besides best bet
better between beyond bi bid big bigquery bike bill billing billion bind biology biostatistician
biostatistics bird birth bishop bit bitbucket bite black blame blind block blood blue board boat
body bond bone bonus book boost border born boss both bother bottle bottom boundary bowl box
boy brain branch brand brave breach breaches bread break breakfast breath brief briefly bright
brilliant bring broad broadcast broken brother brown brush bs bsc bsn buck budget budgets bug
build building builds built bunch burden burn bus business busy but butter button buy by c c#
c++ cabinet cable calculate calculation calendar call calm camera camp campaign campus can
cancel cancer candidate capability capable capacity capital capm capstone capture car carbon
card cardiology care career careful carefully carry case cash cast casual catch category causal
cause ccda ccg ccna ccs cd cda cdo cds ceh ceiling celebrate celebration cell center central
centre century cerner certain certainly certificate certification certifications certified chair
challenge championed chance change channel chapter character charge chart chase chc chda cheap
check cheese chemical chest chicken chief child childhood chinese chip chocolate choice choose
chps chronic church ci cio cipm cipp circle circumstance cisa cism ciso cissp cite citizen
city civil civilian claim claims class classification clean cleaning cleansing clear clearly
client clients clinic clinical clinician clinicians clinics clock close closely closer clothes
cloud cloverleaf club clue cluster clustering cmio cmo cms cnio co-authored coach coached coal
coast coat code coder coding coffee cognitive cohort cohorts cold collaborated collaborating
collaboration collaborative collapse colleague collect collection collective college colonial
color column combination combine come comfort comfortable command comment commercial commission
commit commitment committee committees common communicate communicated communication community
company compare comparison compete competencies competency competition competitive competitor
complain complaint complete completely complex complexity compliance complicated component
compose composition comprehensive comprise comptia computer concentrate concentration concept
concern conclude conclusion concrete condition conditions conduct conducted conference confidence
confident confidentiality configured configuring confirm conflict confluence confront confusion
congress connect connection consciousness consensus consent consequence conservative consider
considerable consideration consist consistent consolidated constant constantly constitute
constitutional construct construction consult consultancy consultant consulting consumer contact
contain contemporary content contest context continue contract contractor contractors contrast
contribute contributed contribution control controls controversial controversy convention
conventional conversation conversational convert conviction convince cook cookie cooking cool
cooperation coordinate coordinated coordinating coordinator coordinators cope copy core corepoint
corn corner corp corporate corporation correct correspondent cost cotton could council counselor
count counter country county couple courage course coursework court cover cpc cphims cpoe cpt
create created creating creation creative creature credit crew crime crisis criteria criterion
critic critical criticism criticize crop cross cross-functional crowd crucial cry css cto
cultural culture cum cup current currently curriculum custom customer customers cut cutover cv
cybersecurity cycle d3 daily damage dance danger dangerous dark dashboard dashboards data database
databases databricks dataset datasets daughter day de-identification dead deal dealer dean dear
death debate debt dec decade december decide decision declare decline decrease decreased dedicate
dedicated deep deeply defeat defend defendant defense define definitely definition degree deliver
deliverables delivered delivering delivery demand democrat democratic demonstrate demonstrated
demonstration deny department departments departure depend dependent depending deploy deployed
deploying deployment deposit depression depth deputy derive descend describe descriptive desert
deserve design designed designer designing desire desk desperate despite destroy destruction
detail detail-oriented detailed detect detection determination determine develop developed
developer developers developing development device devops devote diagnoses diagnosis diagnostic
diagnostics dicom die diet differ difference different difficult digital dimension dinner diploma
direct directed direction directly director directors dirt dirty disability disagree disappear
disaster discharge discharges discipline disclosure discount discourse discover discovery
discrimination discuss discussion disease diseases dish dismiss display dissertation distance
distinct distinction distinguish distribute distribution district diverse diversity divide
division divisions divorce django dnp do docker doctor doctoral doctorate doctors document
documentation documented documenting dog domain domestic dominant dominate door dotnet double
doubt down downtown dozen dozens dplyr draft drama dramatic dramatically draw drawing dream dress
drink drive driver drop drove drug dry due during duties duty dynamic each eager ear early earn
earned earnings earth ease easily east eastern easy eat economic economics economist economy ed
edge edit edition editor educate education educational educator effect effective effectively
efficiency efficient effort ehr eight either elderly elect elected election elective electric
electricity electronic element elementary eliminate elite else elt email embrace emerge emergency
emission emotion emotional emphasis emphasize employ employee employer employment empty emr
enable encounter encourage encryption end end-user end-users enemy energy enforcement engage
engagement engine engineer engineering engineers english enhance enjoy enormous enough ensure
enter enterprise entertainment enthusiasm entire entity entrance entry environment environmental
epic epidemiologist epidemiology episode equal equally equipment equivalent er era error escape
especially essay essential essentially establish established estate estimate ethical ethics
ethnic etl evaluate evaluated evaluation even evening event eventually ever every everybody
everyday everyone everything evidence evolution evolve exact exactly exam examination examine
example exceeded excel excellent except exception exchange excited excitement exciting executive
executives exercise exhibit exhibition exist existence existing expand expanded expansion expect
expectation expense expensive experience experienced experiment experimental expert expertise
explain explanation explode explore explosion export expose exposure express expression extend
extension extensive extent external extra extraction extraordinary extreme extremely eye fabric
face facilitated facilitating facility fact factor faculty fade fail failure fair fairly faith
fall false fame familiar familiarity family famous fan fantasy far farm farmer fashion fast
fat fate father fault favor favorite fear feature features feb february federal fee feed feeds
feel feeling fellow fellowship female fence festival few fhir fiber fiction field fifteen
fifth fifty fight figure file fill film filter final finally finance financial find finding
findings fine finger finish fire firewall firewalls firm first fish fishing fit fitness five
fix flag flask flat flavor flee flesh flight floor flow flower fluent fluid fly focus folk
follow following food fool foot football for force forecast forecasting foreign forest forever
forget form formal format formation former formula forth fortune forward foundation founder
four fourth fraction frame framework free freelance french frequency frequent frequently fresh
friend friendly friendship from front frontier fruit frustration fuel full full-time fully fun
function functional fund fundamental funding funny furniture furthermore future gain gallery
game gap garden gas gate gather gathering gay gaze gcp gdpr gear gender gene general generally
generate generated generation generous genetic gentle gentleman genuine geriatrics german
gesture get ggplot gift gifted girl git github gitlab give given glad glance glass global glove
go go-live goal god golang gold golden golf golive good governance government gp gpa gps grab
grade gradually graduate graduated grain grand grandfather grandmother grant grass grave gray
great greatest green grocery ground group grow growth guarantee guard guess guest guidance guide
guideline guilty gun guy habit hadoop hair half hall hand handle hands-on hang happen happily
happy harbor hard hardly hardware harm hat hate have hcisspp hcpcs he head headline headquarters
health healthcare healthy hear hearing heart heat heavy height hell hello help helpful her here
hero herself hey hidden hide hie high highlight highly hill him himself hindi hip hipaa hire his
historian historic historical history hit hitech hitrust hl7 hold holiday holy home honest honey
honor honors honours hons hooks hope horizon horror horse hospital hospitals host hot hotel hour
house household housing how however html huge human humor hundred hundreds hunt hunting hurt
husband hybrid hypothesis iam icb icd ice icon icu idea ideal identification identify identity
if ignore iguana ill illegal illness illustrate image imagination imagine imaging immediate
immediately immigrant immigration impact implement implementation implementations implemented
implementing implication imply import important impose impossible impress impression impressive
improve improved improvement improving in inc incentive incident incidents include including
income incorporate increase increased incredible indeed independence independent index indicate
indication individual industrial industry infant infection inference inflation influence inform
informaticians informaticist informatics information infrastructure ingestion ingredient initial
initially initiated initiative initiatives injury inner innocent innovation innovative inpatient
input inquiry inside insight insights insist inspire install installation instance instant instead
institute institution instruction instructor instrument insurance insurer integrated integrating
integration integrity intellectual intelligence intelligent intend intense intensity intensive
intention interaction interdisciplinary interest interesting interests interface interfaces
intermediate intern internal international internet internship interoperability interpersonal
interpret interpretation intervention interview into introduce introduction invasion invent
invention invest investigate investigated investigation investigator investment investor invite
involve involved involvement iron island iso isolated issue issues it italian item itil its
itself jacket jan january japanese java javascript jira job join joint joke journal journalist
journey joy json judge judgment juice jul julia july jump jun june junior jupyter jury just
justice justify kafka kanban keen keep keras key kick kid kill kind king kiss kitchen knee knife
knock know knowledge korean kpi kpis kubernetes lab label labor laboratory labs lack lady lake
land landscape lane language languages laptop large largely laser last late later latter laude
laugh launch launched law lawyer lay layer lead leader leadership leads leaf league lean learn
learning least leather leave lecture led left leg legacy legal legend legislation legitimate
lemon length less lesson let letter level liaised liaison liberal library license licensed
licensure lie life lifestyle lifetime lift light like likely limit limitation limited line link
linkedin linux lip liquid list listen lists literally literary literature little live living llc
load loan lobby local located location lock logic logical loinc lonely long look looker loose
lord lose loss lot loud love lovely lover low lower loyal ltd luck lucky lunch lung ma machine
macos magazine magna mail main mainly mainstream maintain maintained maintaining maintenance
major majority make male mall man manage managed management manager managers managing mandarin
manner manufacturer manufacturing many map mapping mappings mar march margin mark market
marketing marriage married mass massive master masters match mate material math mathematics
matlab matplotlib matter maximum may maybe mba mcse md me meal mean meaning meanwhile measure
measurement meat mechanism media medicaid medical medicare medication medications medicine
meditech medium meet meeting member memory mental mention mentored mentoring menu mere merely
mess message messages messaging metal meter method methodologies methodology metrics mfa mha
mhi mhs microservices mid middle might migrated migrating migration migrations mild milestones
military milk million mind mine minister ministry minor minority minute mirror mirth miss missile
missing mission mistake mix mixture mobile mode model modeling modelling models moderate modern
modernised modernized modest mom moment money monitor monitored monitoring month monthly months
mood moon moral morbidity more moreover morning mortality mortgage most mostly mother motion
motivate motivated motivation motor mount mountain mouse mouth move movement movie mph mr mrs ms
msc msn much multidisciplinary multiple murder muscle museum music musical musician must mutual
my myself mysql mystery myth naked name narrative narrow nasty nation national native natural
nature navy ncpdp ndc near nearby nearly neat necessarily necessary neck need negative negotiate
negotiated negotiation neighbor neighborhood neither nerve nervous net network networking networks
neural neutral never nevertheless new newly news newspaper next nextgen nhs nice night nine nist
nlp no nobody nod node noise nomination none nonetheless nor normal normally north northern nose
not notable note notebook notebooks nothing notice notion nov novel november now nowhere nuclear
number numerous numpy nurse nurses nursing nut object objective obligation observation observe
observer obstetrics obtain obvious obviously occasion occasionally occupation occupy occur oct
october odd odds of off offense offensive offer offering office officer officers official often
oh oil ok okay old olympic on once oncology one ongoing online only onsite onto ontology open
opening openly operate operating operation operational operations operator opinion opponent
opportunity oppose opposite opposition optimise optimised optimize optimized option or oracle
orange orchestrated order ordering orders ordinary organic organisation organisational organised
organization organizational organize organized orientation origin original originally other others
otherwise ought our ourselves out outcome outcomes outpatient output outside outstanding over
overall overcome overlook oversaw overseas overview owe own owner ownership pace pack package
pad paediatrics page pain painting pair palm pan pandas panel panic pant paper parent parking
parliament part part-time participant participate participation particular particularly partly
partner partnered partners partnership party pass passage passenger passion passionate past patch
path pathology patient patients patrol pattern pause pay payer payers peace peak pediatrics peer
penalty penetration pension people pepper per perceive percent percentage perception perfect
perfectly perform performance performed performing perhaps period perl permanent permission
permit persist person personal perspective persuade pharmacist pharmacists pharmacy pharmd
phase phd phenomenon phi philosophy phone photo photograph photographer php phrase physical
physician physicians physics piano pick picture piece pii pile pilot pine pink pioneered pipe
pipeline pipelines pitch pivot place plan plane planet planning plant plastic plate platform
platforms play player pleasant please pleasure plenty plot plotly plus pmbok pmo pmp pocket poem
poet poetry point pole police policies policy political politics poll pollution pool poor pop
popular population port portfolio portion portrait portray portuguese pose position positive
possess possession possibility possible possibly post postgraduate postgres postgresql pot
potato potential potentially pound pour poverty power powerful powershell practical practice
practices pray prayer precisely predict prediction predictive preference pregnancy pregnant
premium preparation prepare prepared prescription prescriptive presence present presentation
presentations presented presenting preserve president press pressure presumably pretty prevent
prevention previous previously price pride priest primarily primary prime prince2 principal
principle print prior priority prison prisoner privacy private prize pro probably problem
problem-solving procedure procedures proceed process processes processing produce produced
producer producing product production products profession professional professor proficiency
proficient profile profit profound program programme programmes programs progress project
projects prominent promise promote promoted promotion prompt proof proper properly property
proportion proposal propose proposed prosecutor prospect protect protection protein protest proud
prove proven provide provided provider providers providing province provision pseudonymization
psychological psychologist psychology public publication publications publicly publish publisher
pull pulse pump punishment purchase pure purpose pursue pursuit push put python pytorch qa
qlik qualifications qualify quality quarter quarterback quarterly queen quest question quick
quickly quiet quietly quit quite quote r race radio radiology rail rain raise range rank rapid
rapidly rare rarely rate rather ratio raw reach react reaction read reader reading readmission
readmissions ready real realistic reality realization realize really reason reasonable rebel
recall receive recent recently recession recipe recognised recognize recognized recommend
recommendation recommendations record records recover recovery recruit red redesigned redshift
reduce reduced reducing reduction refer reference references referral referrals reflect
reform refugee refuse regard regarding regardless regime region regional register regression
regular regularly regulate regulation regulatory reimbursement reinforce reject relate relation
relationship relative relatively relax release relevant relief religion religious rely remain
remaining remarkable remember remind remote remove rent repair repeat repeatedly replace reply
report reported reporter reporting reports represent representation representative republican
reputation request require requirement requirements rescue research researched reservation
residency resident resist resistance resolution resolve resolved resolving resort resource
respect respond respondent response responsibilities responsibility responsible rest restaurant
restful restore restriction restructured result results-driven resume retain retention retire
retirement return reveal revenue reverse review reviewed reviewing revolution rhapsody rhia
rhit rhythm rice rich ride rifle right ring riot rip rise risk risks rival river rn road
roadmap roadmaps rock rocket role roll rollout romantic roof room root rope rough roughly round
route routine row royal rstudio rub ruby ruin rule run rural rush russian rust rxnorm sacred
sad safe safety sake salad salary sale salt same sample sampling sanction sand sas satellite
satisfaction satisfy sauce save say scala scale scaled scandal scared scenario scene schedule
scheme scholar scholarship school science scientific scientist scientists scikit-learn scipy
scope score screen script scrum sculpture sea seaborn seal search season seat second secondary
secret secretary section sector secure secured security see seed seek seem segment seize select
selected selection self self-motivated sell senate senator send senior sense sensitive sentence
sep separate sept september sequence series serious servant serve served server servers service
session set setting settle settlement seven several severe sex sexual shade shadow shake shall
shape share shared sharp she sheet shelf shell shelter shift shine shiny ship shirt shock shoe
shoot shooting shop shopping shore short shortly shot should shoulder shout show shower shrug
shut sick side siem sight sigma sign signal signature significant silence silent silver similar
similarly simple simply sin since sing single sir sister sit site sites situation six size ski
skill skills skin sklearn sky slave sleep slice slide slight slightly slip slow slowly small smart
smell smile smoke smooth snap snomed snow snowflake so soc soc2 social society soft software
soil solar soldier sole solid solution solutions solve some somebody somehow someone something
sometimes somewhat somewhere son song soon sophisticated sorry sort soul sound soup source
south southeast southern southwest space spanish spare spark speak speaker spearheaded special
specialist specialists species specific specifically specification specifications spectrum speech
speed spend spin spirit spiritual split spokesman sport spot spread spreadsheet spreadsheets
spring sprint sprints spss sql sqlserver squad square squeeze ssas ssis ssrs stability stable
stadium staff stage stair stake stakeholder stakeholders stance stand standard standardised
standardized standards star stare start stata state statement station statistical statistician
statistics status stay steady steal steel steering step stick still stir stock stomach stone stop
storage store storm story straight strange stranger strategic strategy stream streamlined street
strength strengthen stress stretch strike string strip stroke strong structural structure struggle
student studio study stuff stupid style subject subsequent substance substantial suburb succeed
success successful such suck sudden suddenly sue suffer sufficient sugar suggest suicide suit
suitable summa summary summer summit sun super superusers supervised supply support supported
supporter supporting suppose supposed supreme sure surface surgery surgical surprise surprised
surprising surround survey survival survive survivor suspect sustain swear sweep sweet swim
swing switch symbol symptom system systems t-sql table tableau take tale talent talk tank tap
tape target task taste tax teach teacher teaching team teams tear teaspoon technical technique
technology teen teenager telehealth telemedicine telephone telescope television tell temperature
temporary ten tend tendency tennis tension tensorflow tent term terminologies terminology terms
terraform terrible territory terror terrorism terrorist tertiary test tested testify testimony
testing text than thank thanks that the theatre theatres their them theme themselves then theory
therapies therapy there therefore these thesis they thick thin thing think thinking third thirty
this those though thought thousand threat threaten threats three through throughout throw thus
tidyverse tie tight time timeline timelines tiny tip tire tired tissue title to tobacco today
toe together tomato tomorrow tone tongue tonight too tool tooth top topic toss total tough tour
tourist tournament toward towards tower town toy trace track tracked tracking trade trading
tradition traditional traffic tragedy trail train trained trainee trainer training transfer
transform transformation transformed transition translate translated transportation trap
travel treat treatment tree trend trial trials tribe trick trip troop trouble troubleshooting
troubleshot truck true truly trust trusts truth try tsql tube tunnel turn tv twelve twenty
twice twin two type typescript typical typically uat ugly ultimate ultimately unable uncle
under undergo undergraduate understand uniform union unique unit units universal universe
university unix unknown unless unlike unlikely until unusual up upgrade upgraded upgrades upon
upper urban urge us use used useful user users usual usually utilisation utility utilization
va vacation validated validating validation valley valuable value variable variation variety
various vast vegetable vehicle vendor vendors venture verbal verified version versus very vessel
veteran veterans via victim video view village violate violence violent virtual virtually virtue
visible vision visit visitor visual visualisation visualise visualization visualize vitae vital
vocabularies vocabulary voice voluntary volunteer volunteering vote voter vp vue vulnerabilities
vulnerability vulnerable wage wait waiting wake walk wall wander want war warehouse warehousing
warm warn warning wash waste watch water waterfall wave way we weak wealth wealthy weapon wear
weather website wedding week weekend weekly weeks weight welcome welfare well west western what
whatever when whenever where wherever whether which while whisper white who whole whom whose why
wide wife wild wildlife will willing win wind window windows wine wing winner winter wipe wire
wisdom wise wish with withdraw within without witness woman won wonder wonderful wood wooden
word work worker workflow workflows working workshop world worry worth would wound wrangling
wrap write writer writing written wrong wrote x12 xml yard yeah year years yell yellow yes
yesterday yet yield you young your yourself youth zone
`
