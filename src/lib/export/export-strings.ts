// Strings of the embed, the embed dialog and the export menu, English and Arabic. Kept beside the
// export code (not in i18n/strings.ts) so the two features can evolve apart; same shape rule:
// `ExportStrings` is derived from English, so a key missing in Arabic is a type error.
import type { Lang } from '../i18n/strings';

const en = {
	fullMap: 'Open the full map',
	sources: 'Sources',
	reports: '{n} news reports',
	embed: 'Embed',
	embedTitle: 'Embed this map',
	embedHelp: 'Paste this into your page. It shows the current date, layers and view.',
	embedResize: 'Resize the frame to its content (adds a small script)',
	embedControls: 'Controls',
	controls_compact: 'Slider and legend',
	controls_none: 'None (map only)',
	embedTheme: 'Theme',
	theme_light: 'Light',
	theme_dark: 'Dark',
	embedAutoplay: 'Play the animation once on load',
	copy: 'Copy',
	copied: 'Copied',
	close: 'Close',
	export: 'Export',
	exportPng: 'Image (PNG) of this view',
	exportGeojson: 'Layers on this date (GeoJSON)',
	exportCsv: 'Events on this date (CSV, ACLED columns)',
	exportKml: 'Layers on this date (KML, Google Earth)',
	exportSummary: 'Summary of this date (text)',
	exportWebm: 'Animation (WebM video)',
	from: 'From',
	to: 'To',
	record: 'Record',
	recording: 'Recording… {pct}%',
	exportFailed: 'Export failed: {msg}',
	noWebm: 'This browser cannot record video.',
	play: 'Play',
	pause: 'Pause'
};
export type ExportStrings = Record<keyof typeof en, string>;

const ar: ExportStrings = {
	fullMap: 'افتح الخريطة الكاملة',
	sources: 'المصادر',
	reports: '{n} تقارير إخبارية',
	embed: 'تضمين',
	embedTitle: 'تضمين هذه الخريطة',
	embedHelp: 'الصق هذا في صفحتك. يعرض التاريخ والطبقات والعرض الحالي.',
	embedResize: 'ضبط ارتفاع الإطار حسب المحتوى (يضيف نصًا برمجيًا صغيرًا)',
	embedControls: 'أدوات التحكم',
	controls_compact: 'شريط التاريخ ومفتاح الخريطة',
	controls_none: 'بدون (الخريطة فقط)',
	embedTheme: 'المظهر',
	theme_light: 'فاتح',
	theme_dark: 'داكن',
	embedAutoplay: 'تشغيل الحركة مرة واحدة عند التحميل',
	copy: 'نسخ',
	copied: 'تم النسخ',
	close: 'إغلاق',
	export: 'تصدير',
	exportPng: 'صورة (PNG) لهذا العرض',
	exportGeojson: 'الطبقات في هذا التاريخ (GeoJSON)',
	exportCsv: 'أحداث هذا التاريخ (CSV بأعمدة ACLED)',
	exportKml: 'الطبقات في هذا التاريخ (KML لـ Google Earth)',
	exportSummary: 'ملخص هذا التاريخ (نص)',
	exportWebm: 'الحركة (فيديو WebM)',
	from: 'من',
	to: 'إلى',
	record: 'تسجيل',
	recording: 'جارٍ التسجيل… {pct}%',
	exportFailed: 'تعذّر التصدير: {msg}',
	noWebm: 'لا يستطيع هذا المتصفح تسجيل الفيديو.',
	play: 'تشغيل',
	pause: 'إيقاف مؤقت'
};

export const EXPORT_STRINGS: Record<Lang, ExportStrings> = { en, ar };
