/**
 * Every rule, in the order the pipeline applies it. Within a stage the first mark on a block
 * wins, so the more specific rules (those that hand a value to the metadata) come first.
 */
import type { Rule } from './types.js';
import { dropBoilerplateContainers } from './html/drop-boilerplate-containers.js';
import { dropLinkLists } from './html/drop-link-lists.js';
import { dropNavRows } from './html/drop-nav-rows.js';
import { dropRecommendedSections } from './html/drop-recommended-sections.js';
import { dropFilterPanels } from './html/drop-filter-panels.js';
import { dropDatelines } from './prune/drop-datelines.js';
import { dropBylines } from './prune/drop-bylines.js';
import { dropAttribution } from './prune/drop-attribution.js';
import { dropReadTime } from './prune/drop-read-time.js';
import { dropTeaserLabels } from './prune/drop-teaser-labels.js';
import { dropHeadlineLists } from './prune/drop-headline-lists.js';
import { dropCaptions } from './prune/drop-captions.js';
import { dropAdLabels } from './prune/drop-ad-labels.js';
import { dropShareButtons } from './prune/drop-share-buttons.js';
import { dropAccountPrompts } from './prune/drop-account-prompts.js';
import { dropNavLabels } from './prune/drop-nav-labels.js';
import { dropLegalLines } from './prune/drop-legal-lines.js';
import { dropCookieNotices } from './prune/drop-cookie-notices.js';
import { dropConsentCentre } from './prune/drop-consent-centre.js';
import { dropEngagementCounters } from './prune/drop-engagement-counters.js';
import { dropListingStatus } from './prune/drop-listing-status.js';
import { dropUrlDumps } from './prune/drop-url-dumps.js';
import { dropPostFurniture } from './prune/drop-post-furniture.js';
import { dropAnswerComments } from './prune/drop-answer-comments.js';
import { dropRepeatedPostFurniture } from './prune/drop-repeated-post-furniture.js';
import { dropShopControls } from './prune/drop-shop-controls.js';
import { dropCardBadges } from './prune/drop-card-badges.js';
import { dropImagePlaceholders } from './prune/drop-image-placeholders.js';
import { dropRepeatedLines } from './prune/drop-repeated-lines.js';
import { dropCommentSection } from './region/drop-comment-section.js';
import { dropReviewSection } from './region/drop-review-section.js';
import { dropThreadTail } from './region/drop-thread-tail.js';
import { dropRelatedProducts } from './region/drop-related-products.js';
import { dropFooter } from './region/drop-footer.js';
import { dropAuthorBio } from './region/drop-author-bio.js';
import { dropMenuRuns } from './region/drop-menu-runs.js';
import { dropCompanyBoilerplate } from './region/drop-company-boilerplate.js';
import { dropTeaserCards } from './prune/drop-teaser-cards.js';
import { dropNewsletterPrompts } from './prune/drop-newsletter-prompts.js';
import { dropCallsToAction } from './prune/drop-calls-to-action.js';
import { dropDisclaimers } from './prune/drop-disclaimers.js';
import { dropContactDetails } from './prune/drop-contact-details.js';
import { dropTagLines } from './prune/drop-tag-lines.js';

export const RULES: readonly Rule[] = [
  dropAnswerComments,
  dropDatelines,
  dropTeaserCards,
  dropBylines,
  dropAttribution,
  dropBoilerplateContainers,
  dropRecommendedSections,
  dropFilterPanels,
  dropLinkLists,
  dropNavRows,
  dropReadTime,
  dropTeaserLabels,
  dropHeadlineLists,
  dropCaptions,
  dropAdLabels,
  dropShareButtons,
  dropAccountPrompts,
  dropNewsletterPrompts,
  dropCallsToAction,
  dropNavLabels,
  dropLegalLines,
  dropDisclaimers,
  dropContactDetails,
  dropTagLines,
  dropCookieNotices,
  dropConsentCentre,
  dropEngagementCounters,
  dropListingStatus,
  dropUrlDumps,
  dropPostFurniture,
  dropRepeatedPostFurniture,
  dropShopControls,
  dropCardBadges,
  dropImagePlaceholders,
  dropRepeatedLines,
  dropCommentSection,
  dropReviewSection,
  dropThreadTail,
  dropRelatedProducts,
  dropFooter,
  dropAuthorBio,
  dropMenuRuns,
  dropCompanyBoilerplate,
];

export type { Rule, RuleContext, RuleMark, Stage } from './types.js';
