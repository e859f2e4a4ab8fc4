/**
 * The source register: every source cited anywhere in the content, with the ids of the clinical
 * fact sheet (S1, S2 ...). Each URL is the primary page where one is known: DailyMed or the FDA for
 * labels, PubMed, the DOI or ClinicalTrials.gov for papers and trials, the maker for its programs.
 * No URL goes through a proxy, a bare IP address or a document-sharing host, and a source that could
 * not be placed is left out (tests/questions/references.test.ts). A DOI is shown only when the fact
 * sheet records it as read, never one it marks as from memory. Titles in [square brackets] describe a source whose exact
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
    url: 'https://doi.org/10.1002/mhw.32471',
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
    id: 'S31',
    authors: 'Popova V, et al.',
    title:
      '[TRANSFORM-2 trial of esketamine nasal spray with a newly started oral antidepressant]. American Journal of Psychiatry',
    year: '2019',
    url: 'https://pubmed.ncbi.nlm.nih.gov/31109201/',
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
    url: 'https://doi.org/10.1016/j.genhosppsych.2024.07.001',
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
    url: 'https://doi.org/10.1016/S2215-0366(17)30272-9',
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
    url: 'https://clinicaltrials.gov/study/NCT06713616',
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
    url: 'https://pubmed.ncbi.nlm.nih.gov/40601310/',
    doi: '10.1001/jamapsychiatry.2025.1317',
  },
  {
    id: 'S67',
    authors: 'ClinicalTrials registry record NCT03113968',
    title: '[ELEKT-D registry record NCT03113968]',
    year: 'n.d.',
    url: 'https://clinicaltrials.gov/study/NCT03113968',
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
    url: 'https://doi.org/10.1093/ijnp/pyaa033',
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
    id: 'S100',
    authors: 'Kroenke K, Spitzer RL, Williams JBW',
    title:
      'The PHQ-9: validity of a brief depression severity measure. Journal of General Internal Medicine 16:606-613',
    year: '2001',
    url: 'https://pubmed.ncbi.nlm.nih.gov/11556941/',
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
    title:
      'KETALAR (ketamine hydrochloride) injection label, older US text (DailyMed set id 14e8f864-8b8a-4e7e-8439-e510d3107063), archived copy',
    year: 'n.d.',
    url: 'https://fda.report/DailyMed/14e8f864-8b8a-4e7e-8439-e510d3107063',
  },
  {
    id: 'S121',
    authors: 'Henry Schein (relabel of Par Pharmaceutical)',
    title: 'KETALAR (ketamine hydrochloride) injection, prescribing information (revised 10/2024)',
    year: '2024',
    url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=46dab560-8ecd-4d92-8c92-6baa2310b09b',
  },
  {
    id: 'S124',
    authors: 'InpharmD',
    title: '[Summary of the KETALAR prescribing information: warnings]',
    year: 'n.d.',
    url: 'https://inpharmd.com/can-ketamine-provide-rapid-onset-anti-suicidal-benefit-for-patients-with-acute-severe-suicidal-ideation',
    secondary: true,
  },
  {
    id: 'S125',
    authors: 'droracle.ai (written by AI; quotes the FDA label)',
    title: 'What is a contraindication to the use of ketamine (updated 18 October 2025)',
    year: '2025',
    url: 'https://www.droracle.ai/articles/427336/what-is-a-contraindication-to-the-use-of-ketamine',
    secondary: true,
  },
  {
    id: 'S126',
    authors: 'Oncology Nurse Advisor',
    title: 'Ketalar drug monograph',
    year: 'n.d.',
    url: 'https://www.oncologynurseadvisor.com/drug/ketalar/',
    secondary: true,
  },
  {
    id: 'S130',
    authors: 'Mayo Clinic (Merative Micromedex)',
    title: 'Ketamine (injection route): precautions',
    year: 'n.d.',
    url: 'https://www.mayoclinic.org/drugs-supplements/ketamine-injection-route/precautions/drg-20075559',
  },
  {
    id: 'S133',
    authors: 'Zaki N, et al.',
    title:
      'Safety and efficacy with esketamine in treatment-resistant depression: long-term extension study (SUSTAIN-3). International Journal of Neuropsychopharmacology 28(6):pyaf027',
    year: '2025',
    url: 'https://pubmed.ncbi.nlm.nih.gov/40319349/',
    doi: '10.1093/ijnp/pyaf027',
  },
  {
    id: 'S138',
    authors: 'Ochs-Ross R, et al.',
    title:
      'Efficacy and Safety of Esketamine Nasal Spray Plus an Oral Antidepressant in Elderly Patients With Treatment-Resistant Depression (TRANSFORM-3). American Journal of Geriatric Psychiatry',
    year: '2020',
    url: 'https://pubmed.ncbi.nlm.nih.gov/31734084/',
    doi: '10.1016/j.jagp.2019.10.008',
  },
];

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
