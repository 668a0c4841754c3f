"""Named skill lists shared by occupations (@name in E:/O: lines).
Format: see __init__.py."""

BUNDLES = """
@work-basics: communicate-clearly work-in-team work-safely speak-dutch understand-spoken-dutch
@office-basics: use-digital-devices use-office-software ?communicate-digitally ?read-dutch write-dutch
@care-core: provide-personal-care observe-client-health record-in-patient-file prevent-infections
  apply-hygiene-standards show-empathy ?respect-confidentiality ?listen-actively ?act-ethically
  communicate-clearly work-in-team speak-dutch ?understand-spoken-dutch
@nursing: apply-nursing-process draw-up-care-plan measure-vital-signs administer-medication
  prepare-medication perform-wound-care give-injections anatomy-and-physiology pharmacology
  ?pathology ?nursing-science health-care-legislation ?medical-terminology ?work-in-multidisciplinary-team
@support-work: promote-client-self-reliance motivational-interviewing ?signal-domestic-violence
  ?organise-activities-for-clients show-empathy ?listen-actively respect-confidentiality
  record-in-patient-file communicate-clearly work-in-team ?deal-with-aggression speak-dutch ?write-dutch
@practice-desk: receive-patients schedule-patient-appointments ?answer-telephone medical-terminology
  record-in-patient-file respect-confidentiality ?use-digital-devices ?serve-customers speak-dutch
@tech-basics: read-technical-drawings use-hand-tools ?use-power-tools use-measuring-instruments
  work-safely ?apply-vca-safety ?report-technical-work ?pay-attention-to-detail ?solve-problems speak-dutch
@metalwork: metal-properties cut-metal ?grind-and-finish-metal read-technical-drawings
  ?use-measuring-instruments ?tolerances-and-fits
@welding: weld-metal welding-techniques inspect-welds ?read-welding-procedures
@machining: set-up-machine-tools machining-techniques tolerances-and-fits use-measuring-instruments
  ?metal-properties ?perform-quality-inspection
@electrical: electricity-principles install-electrical-wiring work-on-live-installations-safely
  electrical-installation-standards ?read-electrical-diagrams test-electrical-installations
  ?troubleshoot-electrical-faults
@installation: install-water-pipes join-pipes ?plumbing-systems heating-and-cooling-systems
  install-central-heating ?commission-installations
@mechanics: maintain-machinery troubleshoot-mechanical-faults assemble-machines ?mechanical-engineering
  ?hydraulics-and-pneumatics
@engineering: perform-engineering-calculations create-technical-drawings mechanical-engineering
  ?mathematics solve-problems ?think-critically write-reports ?present-information ?read-english
  ?manage-projects work-in-multidisciplinary-team
@customer-site: serve-customers communicate-clearly ?work-independently ?plan-and-organise-work
@ict-basics: solve-problems ?learn-continuously ?read-english ?use-digital-devices work-in-team
  ?think-critically
@software-dev: develop-software use-version-control debug-software test-software programming-languages
  ?software-development-methods ?analyse-requirements ?review-code
@sysadmin: administer-servers operating-systems computer-networks configure-networks
  manage-user-accounts monitor-ict-systems ?manage-backups ?write-scripts ?information-security
@data-work: analyse-data write-sql-queries databases statistics ?visualise-data
  ?use-spreadsheets-for-analysis ?privacy-law
@warehouse: receive-goods store-goods pick-orders use-warehouse-management-system ?use-pallet-truck
  lift-heavy-loads ?logistics-processes ?work-physically-demanding
@driving: traffic-rules ?drive-defensively load-and-unload-vehicles work-independently
@retail: serve-customers advise-customers-on-products operate-cash-register replenish-shelves
  ?retail-product-knowledge ?prevent-shoplifting ?work-physically-demanding
@kitchen: prepare-dishes prepare-ingredients apply-cooking-techniques food-safety-haccp
  store-food-safely apply-hygiene-standards ?food-allergens ?work-physically-demanding ?cope-with-pressure
@hospitality-service: serve-food-and-drinks welcome-guests serve-customers ?food-allergens
  apply-hygiene-standards ?cope-with-pressure ?operate-cash-register
@cleaning: clean-buildings use-cleaning-agents-safely ?operate-cleaning-machines ?cleaning-methods
  work-physically-demanding apply-hygiene-standards
@teaching: prepare-lessons teach-a-class manage-a-classroom assess-learners didactics ?pedagogy
  ?differentiate-teaching ?give-feedback ?present-information ?use-digital-learning-tools
@government: public-administration administrative-law ?privacy-law act-ethically write-reports
  ?respect-confidentiality
@public-service-desk: process-applications verify-identity-documents serve-customers
  enter-data ?privacy-law ?handle-customer-complaints
@finance: keep-accounts process-invoices accounting-principles use-accounting-software
  ?use-spreadsheets-for-analysis pay-attention-to-detail
@management: lead-others manage-a-team manage-budgets plan-and-organise-work make-decisions
  ?give-feedback ?labour-law
"""
