/**
 * The source register: every source cited anywhere in the content, with the ids of the clinical
 * fact sheet (S1, S2 ...). URLs are those recorded when the facts were checked. A DOI is shown only
 * when it was read in the source itself. Titles in [square brackets] describe a source whose exact
 * title was not captured. `secondary` marks a page that restates another source (a clinic, a
 * mirror, a news report).
 */
import type { Reference } from './types';

export const REFERENCES: readonly Reference[] = [
  {
    id: 'S1',
    authors: 'U.S. Food and Drug Administration (FDALabel); Janssen Pharmaceuticals',
    title:
      'SPRAVATO (esketamine) nasal spray, CIII [label, version 18, effective 2026-03-13; header only]',
    year: '2026',
    url: 'https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/d81a6a79-a74a-44b7-822c-0dfa3036eaed/spl-doc',
  },
  {
    id: 'S2',
    authors: 'Janssen Pharmaceuticals',
    title: 'SPRAVATO Prescribing Information (revised 03/2019)',
    year: '2019',
    url: 'http://www.janssenlabels.com/package-insert/product-monograph/prescribing-information/SPRAVATO-pi.pdf',
  },
  {
    id: 'S3',
    authors: 'Janssen Pharmaceuticals, reprinted in US Medicine',
    title:
      'SPRAVATO Brief Summary and Important Safety Information (Prescribing Information July 2020)',
    year: '2021',
    url: 'https://www.usmedicine.com/2021online-dir/inc/html/29.html',
  },
  {
    id: 'S4',
    authors: 'U.S. Food and Drug Administration',
    title: 'Approved REMS: Spravato (esketamine) NDA #211243',
    year: '2024',
    url: 'https://www.accessdata.fda.gov/scripts/cder/rems/index.cfm?event=IndvRemsDetails.page&REMS=386',
  },
  {
    id: 'S5',
    authors: 'Janssen Pharmaceuticals',
    title: '[SPRAVATO REMS website: outpatient and inpatient settings]',
    year: 'n.d.',
    url: 'https://www.spravatorems.com/outpatient-hcs.html',
  },
  {
    id: 'S6',
    authors: 'Janssen Pharmaceuticals',
    title: '[spravatohcp.com dosing and administration pages]',
    year: 'n.d.',
    url: 'https://www.spravatohcp.com/dosing-spravato-trd',
  },
  {
    id: 'S7',
    authors: 'Janssen Pharmaceuticals',
    title: '[spravato.com patient pages: Treatment with SPRAVATO; Safety and tolerability]',
    year: 'n.d.',
    url: 'https://www.spravato.com/treatment-with-SPRAVATO',
  },
  {
    id: 'S8',
    authors: 'Johnson & Johnson Medical Information',
    title: 'Concomitant use of SPRAVATO with antihypertensive medications',
    year: 'n.d.',
    url: 'https://www.jnjmedicalconnect.com/products/spravato/medical-content/concomitant-use-of-spravato-with-antihypertensive-medications',
  },
  {
    id: 'S9',
    authors: 'Johnson & Johnson',
    title:
      'SPRAVATO approved in the U.S. as the first and only monotherapy for adults with treatment-resistant depression (press release, 21 January 2025)',
    year: '2025',
    url: 'https://jnj.com/media-center/press-releases/spravato-esketamine-approved-in-the-u-s-as-the-first-and-only-monotherapy-for-adults-with-treatment-resistant-depression',
  },
  {
    id: 'S11',
    authors: 'Canady VA (Mental Health Weekly)',
    title: 'FDA approves esketamine treatment for MDD, suicidal ideation',
    year: '2020',
    url: 'https://zendy.io/title/10.1002/mhw.32471',
    doi: '10.1002/mhw.32471',
    secondary: true,
  },
  {
    id: 'S12',
    authors: 'U.S. Food and Drug Administration (as reproduced by SILive)',
    title: '[FDA news release of 5 March 2019 on esketamine nasal spray]',
    year: '2019',
    url: 'https://www.silive.com/news/2019/03/fda-approves-new-nasal-spray-to-treat-depression.html',
    secondary: true,
  },
  {
    id: 'S13',
    authors: 'Mayo Clinic',
    title: 'Esketamine (nasal route): proper use',
    year: 'n.d.',
    url: 'https://www.mayoclinic.org/drugs-supplements/esketamine-nasal-route/proper-use/drg-20458442',
    secondary: true,
  },
  {
    id: 'S14',
    authors: 'NHS Specialist Pharmacy Service',
    title:
      'Safety labelling for esketamine (Spravato) updated in the US to include risk of respiratory depression and arrest',
    year: '2023',
    url: 'https://www.medicinesresources.nhs.uk/safety-labelling-for-esketamine-spravato-updated-in-the-us-to-include-risk-of-respiratory-depression-and-arrest.html',
    secondary: true,
  },
  {
    id: 'S15',
    authors: 'MPR-style drug monograph (mirror site)',
    title: '[Spravato monograph]',
    year: 'n.d.',
    url: 'http://butalbitalapap.org/index-4966.html',
    secondary: true,
  },
  {
    id: 'S16',
    authors: 'WC Medicine (clinic page reproducing the label highlights)',
    title: '[Clinic page reproducing the SPRAVATO label highlights]',
    year: 'n.d.',
    url: 'https://wcmedicine.com/?p=441',
    secondary: true,
  },
  {
    id: 'S17',
    authors: 'Advanced Psychiatry Inc. (reproducing Janssen side-effect figures)',
    title: "[Spravato page reproducing Janssen's side-effect percentages]",
    year: 'n.d.',
    url: 'https://advancedpsychiatryinc.com/spravato/',
    secondary: true,
  },
  {
    id: 'S19',
    authors: 'STAT News (Pharmalot)',
    title: '[Spravato launch price and cost-effectiveness], 22 March 2019',
    year: '2019',
    url: 'https://www.statnews.com/pharmalot/2019/03/22/antidepressants-cost-effective-johnson-and-johnson/',
    secondary: true,
  },
  {
    id: 'S22',
    authors: 'Janssen Pharmaceuticals',
    title: '[spravatohcp.com: Acquiring SPRAVATO, Resources, Patient support]',
    year: 'n.d.',
    url: 'https://www.spravatohcp.com/acquiring-spravato',
  },
  {
    id: 'S24',
    authors: 'Oncology Nurse Advisor',
    title: 'Spravato drug monograph',
    year: 'n.d.',
    url: 'https://www.oncologynurseadvisor.com/drug/spravato/',
    secondary: true,
  },
  {
    id: 'S27',
    authors: 'RxList',
    title: 'Spravato side effects center',
    year: '2022',
    url: 'https://www.rxlist.com/spravato-side-effects-drug-center.htm',
    secondary: true,
  },
  {
    id: 'S28',
    authors: 'MedicineNet',
    title: 'Side effects of Spravato',
    year: 'n.d.',
    url: 'https://www.medicinenet.com/side_effects_of_esketamine_spravato/side-effects.htm',
    secondary: true,
  },
  {
    id: 'S29',
    authors: 'Janssen Pharmaceuticals, reprinted in Discovering You magazine',
    title: '[SPRAVATO Medication Guide, reprint]',
    year: '2024',
    url: 'https://viewer.joomag.com/discovering-you-magazine-february-2024-issue/0630909001490834231/p19',
    secondary: true,
  },
  {
    id: 'S31',
    authors: 'Popova V, et al.',
    title:
      '[TRANSFORM-2 trial of esketamine nasal spray with a newly started oral antidepressant]. American Journal of Psychiatry (abstract copy)',
    year: '2019',
    url: 'https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F786233715%2FPopova-et-al-2019-TRANSFORM-2',
  },
  {
    id: 'S32',
    authors: 'Focus (American Psychiatric Association), reprint',
    title: 'A Randomized Controlled Trial of Repeated Ketamine Administration for Chronic PTSD',
    year: '2023',
    url: 'https://psychiatryonline.org/doi/full/10.1176/appi.focus.23021014',
  },
  {
    id: 'S33',
    authors: 'Scripps News',
    title: '[FDA warns of risks involved with compounded ketamine products]',
    year: '2023',
    url: 'https://scrippsnews.com/stories/fda-warns-of-risks-involved-with-compounded-ketamine-products',
    secondary: true,
  },
  {
    id: 'S34',
    authors:
      'U.S. Food and Drug Administration, statement of 10 October 2023 as reproduced by Lexichronic',
    title:
      'FDA warns patients and health care providers about potential risks associated with compounded ketamine products, including oral formulations, for the treatment of psychiatric disorders',
    year: '2023',
    url: 'https://lexichronic.com/letter-10-october-fda-warns-patients-and-health-care-providers-about-potential-risks-associated-with-compounded-ketamine-products-including-oral-formulations-for-the-treatment-of-psychiatric-disord/',
    secondary: true,
  },
  {
    id: 'S37',
    authors: 'Patient-Centered Outcomes Research Institute (PCORI)',
    title: 'Comparative Effectiveness of Racemic Ketamine versus S-Ketamine for Depression',
    year: '2023',
    url: 'https://www.pcori.org/research-results/2023/comparative-effectiveness-racemic-ketamine-versus-s-ketamine-depression',
  },
  {
    id: 'S38',
    authors: 'Anand A, et al.',
    title:
      'Ketamine versus ECT for Nonpsychotic Treatment-Resistant Major Depression (ELEKT-D). New England Journal of Medicine',
    year: '2023',
    url: 'https://pubmed.ncbi.nlm.nih.gov/37224232/',
    doi: '10.1056/NEJMoa2302399',
  },
  {
    id: 'S39',
    authors: 'Murrough JW, et al.',
    title:
      '[Repeated IV ketamine infusions in treatment-resistant depression]. Biological Psychiatry 74(4):250-256',
    year: '2013',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3725185',
    doi: '10.1016/j.biopsych.2012.06.022',
  },
  {
    id: 'S40',
    authors: 'Sanacora G, et al.',
    title: '[Reply letter on ketamine dosing] (excerpt)',
    year: '2017',
    url: 'https://staging.scite.ai/reports/factors-associated-with-hospitalization-after-A11MOO',
    secondary: true,
  },
  {
    id: 'S41',
    authors: 'Washington Interventional Psychiatry',
    title: 'Spravato vs. Ketamine Infusion',
    year: 'n.d.',
    url: 'https://www.washingtoninterventionalpsychiatry.com/spravato-vs-ketamine-infusion',
    secondary: true,
  },
  {
    id: 'S42',
    authors: 'Quad Cities Ketamine & Wellness Clinic',
    title: '[Ketamine FAQ]',
    year: 'n.d.',
    url: 'https://www.quadcitiesketamine.com/ketamine-faq',
    secondary: true,
  },
  {
    id: 'S43',
    authors: 'ketamine-infusion.com',
    title: '[What is ketamine infusion treatment? (FAQ)]',
    year: 'n.d.',
    url: 'https://www.ketamine-infusion.com/faq-items/what-is-ketamine-infusion-treatment/',
    secondary: true,
  },
  {
    id: 'S44',
    authors: 'U.S. Food and Drug Administration (openFDA)',
    title: 'NDC record 50458-028 (Spravato)',
    year: '2026',
    url: 'https://api.fda.gov/drug/ndc.json?search=product_ndc%3A%2250458-028%22',
  },
  {
    id: 'S45',
    authors: 'Public file quoting the openFDA label (repository not identified)',
    title: '[Spravato indication wording]',
    year: 'n.d.',
    secondary: true,
  },
  {
    id: 'S46',
    authors: 'Bespoke Treatment',
    title: '[Ketamine therapy FAQ]',
    year: 'n.d.',
    url: 'https://ancient.bespoketreatment.com/ketamine-therapy-faq/',
    secondary: true,
  },
  {
    id: 'S47',
    authors:
      'Sanacora G, Frye MA, McDonald W, et al. (APA Council of Research Task Force on Novel Biomarkers and Treatments)',
    title:
      'A Consensus Statement on the Use of Ketamine in the Treatment of Mood Disorders. JAMA Psychiatry',
    year: '2017',
    url: 'https://jamanetwork.com/journals/jamapsychiatry/article-abstract/2605202',
  },
  {
    id: 'S48',
    authors: 'Journal of Affective Disorders (Emory)',
    title:
      'Blood pressure safety of subanesthetic ketamine for depression: A report on 684 infusions',
    year: 'n.d.',
    url: 'https://moreblossom.com/papers/blood-pressure-safety-of-subanesthetic-ketamine-for-depression-a-report-on-684-i',
  },
  {
    id: 'S49',
    authors: 'General Hospital Psychiatry (Yale chart review)',
    title: 'Blood pressure changes during ketamine infusion for the treatment of depression',
    year: '2024',
    url: 'https://litmetric.com/detail/38991311/Blood-pressure-changes-during-ketamine-infusion-for-the-treatment-of-depression',
    doi: '10.1016/j.genhosppsych.2024.07.001',
  },
  {
    id: 'S50',
    authors: 'Accelerated Psychiatry',
    title: '[For providers]',
    year: 'n.d.',
    url: 'https://www.acceleratedpsychiatry.com/for-providers',
    secondary: true,
  },
  {
    id: 'S51',
    authors: 'Journal of Affective Disorders Reports 15:100690',
    title: '[Trial inclusion and exclusion criteria, Table 1]',
    year: '2023',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10812090/table/T1',
  },
  {
    id: 'S52',
    authors: 'Toronto Ketamine Clinic',
    title: '[Inclusion and exclusion criteria]',
    year: 'n.d.',
    url: 'https://torontoketamineclinic.com/inclusion-and-exclusion-criteria/',
    secondary: true,
  },
  {
    id: 'S53',
    authors: 'Short B, et al.',
    title:
      'Side-effects associated with ketamine use in depression: a systematic review. Lancet Psychiatry 5:65-78',
    year: '2018',
    url: 'https://www.moreblossom.com/papers/side-effects-associated-with-ketamine-use-in-depression-a-systematic-review',
    doi: '10.1016/S2215-0366(17)30272-9',
  },
  {
    id: 'S54',
    authors: 'Ketamine Advocacy Network',
    title: '[Cost]',
    year: 'n.d.',
    url: 'http://www.ketamineadvocacynetwork.org/cost/',
    secondary: true,
  },
  {
    id: 'S55',
    authors: 'HealthyPlace',
    title: 'How Much Does Ketamine Depression Treatment Cost?',
    year: 'n.d.',
    url: 'https://healthyplace.com/depression/depression-treatment/how-much-does-ketamine-depression-treatment-cost',
    secondary: true,
  },
  {
    id: 'S56',
    authors: 'Aware.md',
    title: 'Ketamine Therapy for Depression: Cost, Risks & Insurance',
    year: 'n.d.',
    url: 'https://www.aware.md/ketamine-therapy-for-depression-cost-risks-insurance-coverage',
    secondary: true,
  },
  {
    id: 'S57',
    authors: 'HealingMaps',
    title: 'Ketamine Infusion Cost',
    year: 'n.d.',
    url: 'https://healingmaps.com/ketamine-infusion-therapy-treatment-cost/',
    secondary: true,
  },
  {
    id: 'S58',
    authors: 'American Journal of Psychiatry (international expert opinion)',
    title:
      'Synthesizing the Evidence for Ketamine and Esketamine in Treatment-Resistant Depression: An International Expert Opinion on the Available Evidence and Implementation. Am J Psychiatry 178(5):383-399',
    year: '2021',
    url: 'https://psychiatryonline.org/doi/10.1176/appi.ajp.2020.20081251',
    doi: '10.1176/appi.ajp.2020.20081251',
  },
  {
    id: 'S59',
    authors: 'ClinicalTrials registry record NCT06713616',
    title:
      'PCORI Comparative Effectiveness Study: Esketamine (Spravato) vs. Ketamine, Equivalence Study',
    year: '2025',
    url: 'https://clinicaltrialcompass.org/trial/NCT06713616',
  },
  {
    id: 'S60',
    authors: 'Clinical Pharmacology & Therapeutics 109(2):536-546',
    title: '[Benefit-risk analysis of esketamine nasal spray (TRANSFORM-1, -2, -3)], Table 1',
    year: '2021',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7894501/table/cpt2024-tbl-0001',
    doi: '10.1002/cpt.2024',
  },
  {
    id: 'S61',
    authors: 'Daly EJ, et al.',
    title:
      '[SUSTAIN-1 trial of esketamine nasal spray for relapse prevention]. JAMA Psychiatry 76(9):893-903',
    year: '2019',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6551577',
    doi: '10.1001/jamapsychiatry.2019.1189',
  },
  {
    id: 'S62',
    authors: 'Janssen Medical Cloud',
    title: '[SUSTAIN-1 summary: median time to relapse in stable responders]',
    year: 'n.d.',
    url: 'https://www.janssenmedicalcloud.me/en-us/median-time-relapse-stable-responders',
    secondary: true,
  },
  {
    id: 'S63',
    authors: 'Reif A, et al.',
    title:
      'Esketamine Nasal Spray versus Quetiapine for Treatment-Resistant Depression (ESCAPE-TRD). New England Journal of Medicine 389:1298-1309',
    year: '2023',
    url: 'https://repository.uantwerpen.be/link/irua/200542',
  },
  {
    id: 'S64',
    authors: 'NHS Specialist Pharmacy Service',
    title: 'Esketamine nasal spray versus quetiapine for treatment-resistant depression [summary]',
    year: '2023',
    url: 'https://www.medicinesresources.nhs.uk/esketamine-nasal-spray-versus-quetiapine-for-treatment-resistant-depression.html',
    secondary: true,
  },
  {
    id: 'S65',
    authors: 'Blossom',
    title: 'Esketamine nasal spray versus quetiapine for treatment-resistant depression [summary]',
    year: 'n.d.',
    url: 'https://www.moreblossom.com/papers/esketamine-nasal-spray-versus-quetiapine-for-treatment-resistant-depression',
    secondary: true,
  },
  {
    id: 'S66',
    authors: 'Janik A, et al.',
    title:
      'Esketamine Monotherapy in Adults With Treatment-Resistant Depression: A Randomized Clinical Trial. JAMA Psychiatry 82(9):877-887',
    year: '2025',
    url: 'http://47.251.13.51:8081/40601310',
    doi: '10.1001/jamapsychiatry.2025.1317',
  },
  {
    id: 'S67',
    authors: 'ClinicalTrials registry record NCT03113968',
    title: '[ELEKT-D registry record NCT03113968]',
    year: 'n.d.',
    url: 'https://trials.co/clinical-trials-details/-/NCT03113968',
  },
  {
    id: 'S68',
    authors: 'International Journal of Neuropsychopharmacology',
    title: '[KetECT: randomized trial of ketamine versus ECT in inpatients with depression]',
    year: '2022',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9154276',
  },
  {
    id: 'S77',
    authors: 'Janssen Pharmaceuticals',
    title: 'What is SPRAVATO (treatment-resistant depression), spravatohcp.com',
    year: 'n.d.',
    url: 'https://www.spravatohcp.com/trd/what-is-spravato',
  },
  {
    id: 'S79',
    authors: 'Janssen Pharmaceuticals',
    title: 'What is SPRAVATO (spravato.com)',
    year: 'n.d.',
    url: 'https://www.spravato.com/what-is-spravato',
  },
  {
    id: 'S80',
    authors: 'Wiles N, et al.',
    title:
      '[CoBalT trial of adding cognitive behavioural therapy in primary care]. Lancet 381:375-384',
    year: '2013',
    url: 'https://pubmed.ncbi.nlm.nih.gov/23219570/',
    doi: '10.1016/S0140-6736(12)61552-9',
  },
  {
    id: 'S81',
    authors: 'CNS Drugs 37(8):715-723',
    title: '[SUSTAIN-3 subgroup analysis]',
    year: '2023',
    url: 'https://link.springer.com/10.1007/s40263-023-01026-3',
    doi: '10.1007/s40263-023-01026-3',
  },
  {
    id: 'S82',
    authors: 'UpToDate (mirror)',
    title: '[Electroconvulsive therapy for unipolar depression]',
    year: 'n.d.',
    url: 'https://medilib.ir/uptodate/show/1711',
    secondary: true,
  },
  {
    id: 'S83',
    authors: 'Encyclopedia summary citing the FDA 2011 panel (mirror)',
    title: '[Electroconvulsive therapy]',
    year: 'n.d.',
    url: 'https://techsciencenews.com/wikisearch/view_html.php?lang=en&q=Electroconvulsive_therapy&sq=Albert+Einstein',
    secondary: true,
  },
  {
    id: 'S84',
    authors: 'The Carlat Psychiatry Report',
    title: 'TMS is approved. Now what?',
    year: 'n.d.',
    url: 'http://www.thecarlatreport.com/article/transcranial-magnetic-stimulation-approved-now-what-0',
    secondary: true,
  },
  {
    id: 'S85',
    authors: 'Perera T, et al.',
    title: '[Clinical TMS Society consensus on TMS for depression]. Brain Stimulation 9(3):336-346',
    year: '2016',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5612370',
    doi: '10.1016/j.brs.2016.03.010',
  },
  {
    id: 'S90',
    authors: 'Molecular Psychiatry',
    title: '[Ketamine dose-ranging trial: introduction listing approved add-on treatments]',
    year: '2018',
    url: 'https://www.nature.com/articles/s41380-018-0256-5',
  },
  {
    id: 'S91',
    authors: 'MDedge',
    title: 'Brexpiprazole for schizophrenia and as adjunct for major depressive disorder',
    year: '2015',
    url: 'https://mdedge9-beta.mdedge.com/content/brexpiprazole-schizophrenia-and-adjunct-major-depressive-disorder',
    secondary: true,
  },
  {
    id: 'S92',
    authors: 'Marcus RN, et al.',
    title: '[Second trial of aripiprazole added to an antidepressant] (abstract copy)',
    year: 'n.d.',
    url: 'https://fdokumen.com/documents/the-efficacy-and-safety-of-aripiprazole-as-adjunctive-therapy-in-major-depressive.html',
  },
  {
    id: 'S93',
    authors: 'Bauer M, Döpfmer S',
    title:
      '[Lithium augmentation in treatment-resistant depression: meta-analysis]. Journal of Clinical Psychopharmacology 19(5):427-434',
    year: '1999',
    url: 'https://journals.lww.com/psychopharmacology/Abstract/1999/10000/Lithium_Augmentation_in_Treatment_Resistant.6.aspx',
  },
  {
    id: 'S94',
    authors: 'Taylor RW, et al.',
    title:
      'Pharmacological Augmentation in Unipolar Depression: A Guide to the Guidelines. International Journal of Neuropsychopharmacology',
    year: '2020',
    url: 'https://ouci.dntb.gov.ua/en/works/lDv5oQZ7',
    doi: '10.1093/ijnp/pyaa033',
  },
  {
    id: 'S95',
    authors: 'Evidence-Based Mental Health 16:50',
    title: '[Summary of the CoBalT trial]',
    year: '2013',
    url: 'http://ebmh.bmj.com/content/16/2/50.full',
    secondary: true,
  },
  {
    id: 'S97',
    authors: 'Spitzer RL, Williams JBW, Kroenke K and colleagues (form reproduction)',
    title: '[PHQ-9 form reproduction with footer]',
    year: 'n.d.',
    url: 'https://therandomtandem.com/mood-screening-questionnaire-printable-4892',
    secondary: true,
  },
  {
    id: 'S100',
    authors: 'Kroenke K, Spitzer RL, Williams JBW',
    title:
      'The PHQ-9: validity of a brief depression severity measure. Journal of General Internal Medicine 16:606-613',
    year: '2001',
    url: 'https://studylib.net/doc/25788761/kroenke2001-article-thephq-9',
  },
  {
    id: 'S102',
    authors: 'Critical Care Nurse 40(1):92',
    title: 'Suicide Risk Screening in Acute and Nonacute Care Settings [abstract]',
    year: '2020',
    url: 'https://aacnjournals.org/ccnonline/article-abstract/40/1/92/30727/Suicide-Risk-Screening-in-Acute-and-Nonacute',
  },
  {
    id: 'S103',
    authors: 'iatroX',
    title: '[Clinician guide to a positive PHQ-9 item 9]',
    year: '2026',
    url: 'https://www.iatrox.com/blog/suicide-risk-assessment-primary-care-c-ssrs-phq9-item-9-positive-2026',
    secondary: true,
  },
  {
    id: 'S106',
    authors: 'WebMD',
    title: '[988 Suicide & Crisis Lifeline overview], 7 July 2022',
    year: '2022',
    url: 'https://www.webmd.com/mental-health/features/988-suicide-prevention-overview',
    secondary: true,
  },
  {
    id: 'S107',
    authors: 'Mental Health America, Family & Caregiver Toolkit',
    title: '988 Suicide & Crisis Lifeline',
    year: 'n.d.',
    url: 'https://familyandcaregivertoolkit.org/988-crisis-lifeline',
    secondary: true,
  },
  {
    id: 'S111',
    authors: 'Mayo Clinic',
    title: '[Depression and anxiety page, crisis section]',
    year: 'n.d.',
    url: 'https://www.mayoclinic.org/diseases-conditions/anxiety/in-depth/anxiety-treatment/art-20045940',
    secondary: true,
  },
  {
    id: 'S113',
    authors: 'Depression and Bipolar Support Alliance (DBSA)',
    title: '[Crisis page]',
    year: 'n.d.',
    url: 'https://www.dbsalliance.org/crisis/',
  },
  {
    id: 'S119',
    authors: 'Par Pharmaceutical',
    title: 'Ketalar (ketamine hydrochloride) injection [older label text, DailyMed mirror]',
    year: 'n.d.',
    url: 'https://fda.report/DailyMed/14e8f864-8b8a-4e7e-8439-e510d3107063',
  },
  {
    id: 'S130',
    authors: 'Mayo Clinic (Merative Micromedex)',
    title: 'Ketamine (injection route): precautions',
    year: 'n.d.',
    url: 'https://www.mayoclinic.org/drugs-supplements/ketamine-injection-route/precautions/drg-20075559',
  },
];

const byId = new Map(REFERENCES.map((r) => [r.id, r]));

/** The reference with this id, or `undefined` when the register has no such source. */
export function getReference(id: string): Reference | undefined {
  return byId.get(id);
}

/** True when a part already ends a sentence ("et al.", "n.d.", "Now what?"). */
const endsSentence = (part: string) => /[.?!]$/.test(part);

/**
 * One reference as a line of text, the same on the summary and the About page: authors, title, year
 * and DOI, each ending with one full stop (none is added after "et al.", "n.d." or a question). The
 * year is left out when the title already ends with it, as in "(revised 03/2019)". The URL is not
 * part of the line: each view shows it in its own way.
 */
export function referenceText(ref: Reference): string {
  const yearEndsTitle =
    /^\d{4}$/.test(ref.year) && new RegExp(`\\b${ref.year}[)\\]]*$`).test(ref.title);
  const parts = [
    ref.authors,
    ref.title,
    yearEndsTitle ? '' : ref.year,
    ref.doi ? `doi:${ref.doi}` : '',
  ];
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => (endsSentence(part) ? part : `${part}.`))
    .join(' ');
}
