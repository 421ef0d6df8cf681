/* ops-sidebar.c: the ladder's stages, the library and search
 *
 * Selecting an entry changes the selected-target property, which the
 * window turns into a pane; clicking or pressing Enter also emits
 * entry-activated so the window can move to the content when it is
 * collapsed to one pane. Arrow keys only select, so a phone user can
 * scroll the list without being pushed into every stage.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ops-heading.h"
#include "ops-list-growth.h"
#include "ops-result-slot.h"
#include "ops-result-slots.h"
#include "ops-screen-reader.h"
#include "ops-sidebar.h"
#include "ops-sidebar-entry.h"
#include "ops-text-line.h"

struct _OpsSidebar
{
  AdwNavigationPage   parent_instance;

  OpsCatalog         *catalog;
  GListStore         *sections;
  GtkSingleSelection *selection;
  OpsResultSlots     *results;
  GtkSliceListModel  *shown;      /* the slots the view has rows for */
  GListModel         *found;      /* the search whose results those are */

  GtkMenuButton      *menu_button;
  GMenuModel         *primary_menu;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkListView        *list_view;
  GtkListView        *results_view;
};

enum {
  PROP_0,
  PROP_SELECTED_TARGET,
  N_PROPS
};

enum {
  ENTRY_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OpsSidebar, ops_sidebar, ADW_TYPE_NAVIGATION_PAGE)

/* A group of the sidebar as it is filled, and the heading its first entry
 * carries. */
typedef struct
{
  GListStore *store;
  const char *title;
} Section;

static Section
new_section (const char *title)
{
  return (Section) { g_list_store_new (OPS_TYPE_SIDEBAR_ENTRY), title };
}

static void
append_entry (Section         *section,
              OpsSidebarEntry *entry)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (section->store)) == 0)
    ops_sidebar_entry_set_section (entry, section->title);
  g_list_store_append (section->store, entry);
  g_object_unref (entry);
}

static void
append_section (OpsSidebar *self,
                Section    *section)
{
  g_list_store_append (self->sections, section->store);
  g_clear_object (&section->store);
}

static void
populate (OpsSidebar *self)
{
  GListModel *stages = ops_catalog_get_stages (self->catalog);
  Section mine = new_section (NULL);
  Section toolkit = new_section (_("Career Toolkit"));
  Section ladder = new_section (_("Ladder Stages"));
  Section library = new_section (_("Library"));

  append_entry (&mine, ops_sidebar_entry_new ("map", _("Career Ladder"), "io.github.opsladder.OpsLadder-symbolic"));
  append_entry (&mine, ops_sidebar_entry_new ("plan", _("My Plan"), "ops-plan-symbolic"));
  append_entry (&toolkit, ops_sidebar_entry_new ("toolkit:achievements", _("Achievements"), "starred-symbolic"));
  append_entry (&toolkit, ops_sidebar_entry_new ("toolkit:interview", _("Interview Practice"), "chat-message-new-symbolic"));
  append_entry (&toolkit, ops_sidebar_entry_new ("toolkit:networking", _("Networking & Applications"), "system-users-symbolic"));
  append_entry (&toolkit, ops_sidebar_entry_new ("toolkit:resume", _("Resume Check"), "x-office-document-symbolic"));

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(OpsCatalogItem) stage = g_list_model_get_item (stages, i);

      append_entry (&ladder, ops_sidebar_entry_new_for_stage (stage));
    }

  append_entry (&library, ops_sidebar_entry_new ("library:certifications", _("Certifications"), "ops-certificate-symbolic"));
  append_entry (&library, ops_sidebar_entry_new ("library:skills", _("Skills"), "ops-skill-symbolic"));
  append_entry (&library, ops_sidebar_entry_new ("library:education", _("Education"), "ops-education-symbolic"));
  append_entry (&library, ops_sidebar_entry_new ("library:job-search", _("Ways In and Job Search"), "ops-job-search-symbolic"));

  append_section (self, &mine);
  append_section (self, &toolkit);
  append_section (self, &ladder);
  append_section (self, &library);
}

void
ops_sidebar_set_catalog (OpsSidebar *self,
                         OpsCatalog *catalog)
{
  g_return_if_fail (OPS_IS_SIDEBAR (self));
  g_return_if_fail (OPS_IS_CATALOG (catalog));
  g_return_if_fail (self->catalog == NULL);

  self->catalog = g_object_ref (catalog);
  populate (self);
}

static OpsSidebarEntry *
selected_entry (OpsSidebar *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

/* "stage:trainee", "library:skills", or %NULL when nothing is selected. */
const char *
ops_sidebar_get_selected_target (OpsSidebar *self)
{
  OpsSidebarEntry *entry;

  g_return_val_if_fail (OPS_IS_SIDEBAR (self), NULL);

  entry = selected_entry (self);

  return entry ? ops_sidebar_entry_get_target (entry) : NULL;
}

/* Selects the entry for @target; %NULL selects none. */
gboolean
ops_sidebar_select_target (OpsSidebar *self,
                           const char *target)
{
  GListModel *model;

  g_return_val_if_fail (OPS_IS_SIDEBAR (self), FALSE);

  if (target == NULL)
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      return TRUE;
    }

  model = G_LIST_MODEL (self->selection);
  for (guint i = 0; target != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OpsSidebarEntry) entry = g_list_model_get_item (model, i);

      if (g_str_equal (ops_sidebar_entry_get_target (entry), target))
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

void
ops_sidebar_start_search (OpsSidebar *self)
{
  g_return_if_fail (OPS_IS_SIDEBAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Typing anywhere in @widget starts a search. */
void
ops_sidebar_set_key_capture_widget (OpsSidebar *self,
                                    GtkWidget  *widget)
{
  g_return_if_fail (OPS_IS_SIDEBAR (self));

  gtk_search_bar_set_key_capture_widget (self->search_bar, widget);
}

GtkEditable *
ops_sidebar_get_search_entry (OpsSidebar *self)
{
  g_return_val_if_fail (OPS_IS_SIDEBAR (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

static void
selection_changed_cb (OpsSidebar *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_TARGET]);
}

static void
list_activated_cb (OpsSidebar  *self,
                   guint        position,
                   GtkListView *list_view)
{
  gtk_single_selection_set_selected (self->selection, position);
  g_signal_emit (self, signals[ENTRY_ACTIVATED], 0);
}

/* A click on a row, selected already or not, is a request to see it. */
static void
list_clicked_cb (OpsSidebar      *self,
                 int              n_press,
                 double           x,
                 double           y,
                 GtkGestureClick *gesture)
{
  g_signal_emit (self, signals[ENTRY_ACTIVATED], 0);
}

static void
open_result (OpsSidebar *self,
             guint       position)
{
  OpsCatalogItem *item = ops_result_slots_get_result (self->results, position);
  g_autofree char *stage_target = NULL;

  if (item == NULL)
    return;

  if (ops_catalog_item_get_kind (item) == OPS_ITEM_KIND_STAGE)
    {
      stage_target = g_strconcat ("stage:", ops_catalog_item_get_id (item), NULL);
      ops_sidebar_select_target (self, stage_target);
      g_signal_emit (self, signals[ENTRY_ACTIVATED], 0);
    }
  else
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-result", "s", ops_catalog_item_get_id (item));
    }
}

static void
results_activated_cb (OpsSidebar  *self,
                      guint        position,
                      GtkListView *list_view)
{
  open_result (self, position);
}

static void
search_activate_cb (OpsSidebar *self)
{
  open_result (self, 0);
}

/* One group per heading (a kind, or a guide's section), in the order the
 * search ranked them; the results' slots (ops-result-slots.c) make each
 * group a section the results view heads.  Guides of different sections come mixed
 * within their kind, so a heading met again joins its first group. */
static GListModel *
group_by_kind (GListModel *found)
{
  GListStore *groups = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GHashTable) by_title = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(OpsCatalogItem) item = g_list_model_get_item (found, i);
      const char *title = ops_catalog_item_get_group_title (item);
      GListStore *group = g_hash_table_lookup (by_title, title);

      if (group == NULL)
        {
          group = g_list_store_new (OPS_TYPE_CATALOG_ITEM);
          g_list_store_append (groups, group);
          g_hash_table_insert (by_title, (gpointer) title, group);
          g_object_unref (group);
        }
      g_list_store_append (group, item);
    }

  return G_LIST_MODEL (groups);
}

/* Whether @a and @b hold the same items in the same order. */
static gboolean
same_items (GListModel *a,
            GListModel *b)
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item_a = g_list_model_get_item (a, i);
      g_autoptr(GObject) item_b = g_list_model_get_item (b, i);

      if (item_a != item_b)
        return FALSE;
    }

  return TRUE;
}

/* How many rows a frame may make: a screenful of results (a result row
 * is about 46 px high; each makes the frame about 0.5 ms longer). */
static guint
rows_per_frame (OpsSidebar *self)
{
  return MAX (gtk_widget_get_height (GTK_WIDGET (self->stack)) / 44 + 1, 12);
}

/* Shows @groups, the results under their headings. */
static void
show_results (OpsSidebar *self,
              GListModel *groups)
{
  guint budget = rows_per_frame (self);
  guint size = MAX (g_list_model_get_n_items (G_LIST_MODEL (self->shown)), budget);

  /* The rows there (up to GtkListView's 200) show their slots' new
   * results in this frame, a text set each, laid out only where drawn. A
   * slot past them costs a row to make, bind and measure, so each frame
   * makes at most @budget new rows: the view sees the slice end there
   * before the new slots come, and it grows from the next frame. A first
   * letter finds most of the catalog: the rest come a screenful a frame
   * (ops-list-growth.c). */
  ops_list_growth_start (self->results_view, self->shown, size, budget);
  /* The list remembers the row that last had the keyboard focus and
   * returns to it when Down enters it from the entry; that row now holds
   * another result. New results are read from the top; the same list
   * under another ranking stays where the person is. */
  if (ops_result_slots_set_results (self->results, groups) &&
      g_list_model_get_n_items (G_LIST_MODEL (self->results)) > 0)
    gtk_list_view_scroll_to (self->results_view, 0, GTK_LIST_SCROLL_FOCUS, NULL);
}

static void
search_changed_cb (OpsSidebar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GListModel) found = NULL;

  if (self->catalog == NULL || text[0] == '\0')
    {
      gtk_stack_set_visible_child_name (self->stack, "browse");
      return;
    }

  found = ops_catalog_search (self->catalog, text);
  /* Typing on often finds what the last keystroke found: then the view
   * shows it already, and grouping it again would only say so. */
  if (self->found == NULL || !same_items (self->found, found))
    {
      g_autoptr(GListModel) groups = group_by_kind (found);

      show_results (self, groups);
      g_set_object (&self->found, found);
    }
  gtk_stack_set_visible_child_name (self->stack, g_list_model_get_n_items (found) ? "results" : "empty");
}

static void
search_mode_changed_cb (OpsSidebar *self)
{
  /* The first letter should not pay for folding the catalog's search
   * text, if the idle after the first frame has not done it yet. */
  if (gtk_search_bar_get_search_mode (self->search_bar) && self->catalog != NULL)
    ops_catalog_prepare_search (self->catalog);
  else if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_stack_set_visible_child_name (self->stack, "browse");
    }
}

/* The list's own header widget, whose padding an untitled section (the
 * first, My Plan's) drops: GTK opens the list at its first row, so that
 * padding would sit scrolled away above it, the list would count as
 * scrolled and draw the shade that says so under the header bar. */
static void
untitled_header_set (GtkWidget *header_widget,
                     gboolean   untitled)
{
  if (header_widget == NULL)
    return;

  if (untitled)
    gtk_widget_add_css_class (header_widget, "untitled");
  else
    gtk_widget_remove_css_class (header_widget, "untitled");
}

static void
bind_section_header_cb (GtkSignalListItemFactory *factory,
                        GtkListHeader            *header,
                        gpointer                  user_data)
{
  OpsSidebarEntry *entry = gtk_list_header_get_item (header);
  GtkLabel *label = GTK_LABEL (gtk_list_header_get_child (header));
  const char *title = ops_sidebar_entry_get_section (entry);

  gtk_label_set_text (label, title ? title : "");
  gtk_widget_set_visible (GTK_WIDGET (label), title != NULL);
  untitled_header_set (gtk_widget_get_parent (GTK_WIDGET (label)), title == NULL);
}

static void
setup_section_header_cb (GtkSignalListItemFactory *factory,
                         GtkListHeader            *header,
                         gpointer                  user_data)
{
  gtk_list_header_set_child (header, ops_heading_new ("sidebar-heading"));
}

static GtkListItemFactory *
signal_factory (GCallback setup,
                GCallback bind)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", setup, NULL);
  g_signal_connect (factory, "bind", bind, NULL);

  return factory;
}

/* Search result rows are built here rather than from a template: a first
 * letter makes a screenful of them, and GtkBuilderListItemFactory parses
 * its template and sets up two expression watches for each row. Their
 * two lines are OpsTextLines, which lay their text out once where a
 * GtkLabel would three times (ops-text-line.c). */
static void
setup_result_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = ops_text_line_new ();
  GtkWidget *summary = ops_text_line_new ();

  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_widget_add_css_class (summary, "caption");
  /* Dimmed by its colour, not by .dimmed's opacity (style.css). */
  gtk_widget_add_css_class (summary, "result-summary");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), summary);
  gtk_list_item_set_child (list_item, box);
}

/* Shows in @list_item's row the result its slot holds now. */
static void
show_slot (GtkListItem *list_item)
{
  OpsResultSlot *slot = gtk_list_item_get_item (list_item);
  OpsCatalogItem *item = ops_result_slot_get_item (slot);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  const char *name = item ? ops_catalog_item_get_name (item) : NULL;
  const char *summary = item ? ops_catalog_item_get_summary (item) : NULL;
  GtkWidget *summary_line = gtk_widget_get_last_child (box);

  gtk_list_item_set_accessible_label (list_item, name ? name : "");
  ops_text_line_set_text (OPS_TEXT_LINE (gtk_widget_get_first_child (box)), name);
  ops_text_line_set_text (OPS_TEXT_LINE (summary_line), summary);
  /* A resume keyword has no summary: its row is one line, not a name
   * over an empty line. */
  gtk_widget_set_visible (summary_line, summary != NULL && summary[0] != '\0');
}

static void
slot_changed_cb (OpsResultSlot *slot,
                 GParamSpec    *pspec,
                 GtkListItem   *list_item)
{
  show_slot (list_item);
}

/* A row stays bound to its slot while the slot's result changes, and
 * follows it. */
static void
bind_result_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  g_signal_connect_object (gtk_list_item_get_item (list_item), "notify::item", G_CALLBACK (slot_changed_cb),
                           list_item, G_CONNECT_DEFAULT);
  show_slot (list_item);
}

static void
unbind_result_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (list_item), slot_changed_cb, list_item);
}

/* A heading over results names the group of its section's first slot,
 * and follows what that slot holds. */
static void
show_result_heading (GtkListHeader *header)
{
  OpsCatalogItem *item = ops_result_slot_get_item (gtk_list_header_get_item (header));
  GtkLabel *label = GTK_LABEL (gtk_list_header_get_child (header));

  gtk_label_set_text (label, item ? ops_catalog_item_get_group_title (item) : "");
}

static void
heading_slot_changed_cb (OpsResultSlot *slot,
                         GParamSpec    *pspec,
                         GtkListHeader *header)
{
  show_result_heading (header);
}

static void
bind_result_header_cb (GtkSignalListItemFactory *factory,
                       GtkListHeader            *header,
                       gpointer                  user_data)
{
  g_signal_connect_object (gtk_list_header_get_item (header), "notify::item", G_CALLBACK (heading_slot_changed_cb),
                           header, G_CONNECT_DEFAULT);
  show_result_heading (header);
}

static void
unbind_result_header_cb (GtkSignalListItemFactory *factory,
                         GtkListHeader            *header,
                         gpointer                  user_data)
{
  g_signal_handlers_disconnect_by_func (gtk_list_header_get_item (header), heading_slot_changed_cb, header);
}

static void
ops_sidebar_dispose (GObject *object)
{
  OpsSidebar *self = OPS_SIDEBAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_SIDEBAR);
  g_clear_object (&self->selection);
  g_clear_object (&self->results);
  g_clear_object (&self->shown);
  g_clear_object (&self->found);
  g_clear_object (&self->sections);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ops_sidebar_parent_class)->dispose (object);
}

static void
ops_sidebar_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OpsSidebar *self = OPS_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_SELECTED_TARGET:
      g_value_set_string (value, ops_sidebar_get_selected_target (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_sidebar_class_init (OpsSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_sidebar_dispose;
  object_class->get_property = ops_sidebar_get_property;

  properties[PROP_SELECTED_TARGET] =
    g_param_spec_string ("selected-target", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ENTRY_ACTIVATED] =
    g_signal_new ("entry-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/browse/ops-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsSidebar, menu_button);
  gtk_widget_class_bind_template_child (widget_class, OpsSidebar, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, OpsSidebar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, OpsSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OpsSidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, OpsSidebar, list_view);
  gtk_widget_class_bind_template_child (widget_class, OpsSidebar, results_view);
  gtk_widget_class_bind_template_callback (widget_class, list_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, ops_screen_reader_menu_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, results_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_changed_cb);

  g_type_ensure (OPS_TYPE_SIDEBAR_ENTRY);
}

/* The main menu's popover is built when it first opens: a GtkPopoverMenu
 * makes a button and labels for every item, which the first frame does not
 * show. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  OpsSidebar *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
ops_sidebar_init (OpsSidebar *self)
{
  g_autoptr(GtkListItemFactory) headers =
    signal_factory (G_CALLBACK (setup_section_header_cb), G_CALLBACK (bind_section_header_cb));
  g_autoptr(GtkListItemFactory) result_headers =
    signal_factory (G_CALLBACK (setup_section_header_cb), G_CALLBACK (bind_result_header_cb));
  g_autoptr(GtkListItemFactory) results = signal_factory (G_CALLBACK (setup_result_cb), G_CALLBACK (bind_result_cb));
  g_autoptr(GtkNoSelection) no_selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self, NULL);

  self->sections = g_list_store_new (G_TYPE_LIST_MODEL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->sections)))));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  gtk_list_view_set_header_factory (self->list_view, headers);

  g_signal_connect (result_headers, "unbind", G_CALLBACK (unbind_result_header_cb), NULL);
  g_signal_connect (results, "unbind", G_CALLBACK (unbind_result_cb), NULL);
  self->results = ops_result_slots_new ();
  self->shown = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->results)), 0, 0);
  no_selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  gtk_list_view_set_model (self->results_view, GTK_SELECTION_MODEL (no_selection));
  gtk_list_view_set_header_factory (self->results_view, result_headers);
  gtk_list_view_set_factory (self->results_view, results);
}
