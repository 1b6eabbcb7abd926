/**
 * IDO Kit blocks for the block editor. Plain JavaScript on WordPress's globals (wp.blocks,
 * wp.element, wp.blockEditor, wp.components), so the plugin needs no build step. One block per
 * element of `window.idokitBlocks.elements` (written by the plugin from the elements' manifest):
 * every attribute is a control in the sidebar, and the block shows the live element.
 */
(function (wp, config) {
  'use strict';
  if (!wp || !wp.blocks || !config) return;
  var el = wp.element.createElement;
  var Fragment = wp.element.Fragment;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var PanelBody = wp.components.PanelBody;
  var TextControl = wp.components.TextControl;
  var ToggleControl = wp.components.ToggleControl;
  var SelectControl = wp.components.SelectControl;
  var Notice = wp.components.Notice;

  /** The WordPress attribute type of an element attribute (a select of numbers stores numbers). */
  function typeOf(attribute) {
    var kind = attribute.type || attribute.kind;
    return kind === 'boolean' ? 'boolean' : kind === 'number' ? 'number' : 'string';
  }

  /** How an option reads in a select: a language by its own name ("Türkçe (tr)"). */
  function optionLabel(attribute, option) {
    if (attribute.name !== 'lang' || typeof Intl.DisplayNames !== 'function') return option;
    try {
      var name = new Intl.DisplayNames([option], { type: 'language' }).of(option);
      return name && name !== option ? name + ' (' + option + ')' : option;
    } catch {
      return option;
    }
  }

  /** The sidebar control of one attribute. */
  function control(attribute, value, set) {
    var help = attribute.description || undefined;
    var label = attribute.label || attribute.name;
    if (attribute.kind === 'boolean') {
      return el(ToggleControl, {
        key: attribute.name,
        label: label,
        help: help,
        checked: !!value,
        onChange: function (on) {
          set(on ? true : undefined);
        },
      });
    }
    if (attribute.kind === 'enum') {
      var options = [
        { value: '', label: attribute.default ? '(' + attribute.default + ')' : '—' },
      ].concat(
        attribute.options.map(function (option) {
          return { value: option, label: optionLabel(attribute, option) };
        }),
      );
      return el(SelectControl, {
        key: attribute.name,
        label: label,
        help: help,
        value: value === undefined || value === null ? '' : String(value),
        options: options,
        onChange: function (next) {
          if (next === '') return set(undefined);
          set(attribute.type === 'number' ? Number(next) : next);
        },
      });
    }
    return el(TextControl, {
      key: attribute.name,
      label: label,
      help: help,
      type: attribute.kind === 'number' ? 'number' : 'text',
      placeholder: attribute.default || '',
      value: value === undefined || value === null ? '' : String(value),
      onChange: function (next) {
        if (next === '') return set(undefined);
        set(attribute.kind === 'number' ? Number(next) : next);
      },
    });
  }

  /** A web address the plugin accepts (the same rule as idokit_is_usable_url() in PHP). */
  function usableUrl(value) {
    if (typeof value !== 'string' || value === '') return false;
    // No spaces, control characters or backslashes (a browser drops tabs and reads `\` as `/`).
    for (var i = 0; i < value.length; i++) {
      var code = value.charCodeAt(i);
      if (code <= 0x20 || code === 0x7f || code === 0x5c) return false;
    }
    if (value.charAt(0) === '/') return value.charAt(1) !== '/';
    return /^https?:\/\/[^/?#]+/i.test(value);
  }

  /** The element's attributes for the live preview: booleans present or absent, as in HTML. */
  function previewProps(element, attributes) {
    var props = {};
    element.attributes.forEach(function (attribute) {
      var value = attributes[attribute.name];
      if (value === undefined || value === null || value === '' || value === false) return;
      if (attribute.kind === 'url' && !usableUrl(value)) return;
      props[attribute.name] = value === true ? '' : String(value);
    });
    // As on the page: the staff elements always use the settings' source.
    if (element.configuredSource) {
      delete props.api;
      delete props.feed;
    }
    if (!props.api && !props.feed && config.url)
      props[config.source === 'feed' ? 'feed' : 'api'] = config.url;
    return props;
  }

  config.elements.forEach(function (element) {
    var attributes = {};
    element.attributes.forEach(function (attribute) {
      attributes[attribute.name] = { type: typeOf(attribute) };
    });
    wp.blocks.registerBlockType(element.block, {
      apiVersion: 2,
      title: element.title,
      description: element.description,
      category: 'widgets',
      icon: element.icon,
      attributes: attributes,
      supports: { html: false },
      edit: function (props) {
        var controls = element.attributes
          .filter(function (attribute) {
            return attribute.control;
          })
          .map(function (attribute) {
            return control(attribute, props.attributes[attribute.name], function (value) {
              var change = {};
              change[attribute.name] = value;
              props.setAttributes(change);
            });
          });
        var preview = el(element.tag, previewProps(element, props.attributes));
        return el(
          Fragment,
          null,
          el(
            InspectorControls,
            null,
            el(PanelBody, { title: element.title, initialOpen: true }, controls),
          ),
          el(
            'div',
            useBlockProps(),
            config.url
              ? null
              : el(
                  Notice,
                  { status: 'warning', isDismissible: false },
                  'IDO Kit: set the address of your IDO Kit server or feed in Settings → IDO Kit.',
                ),
            preview,
          ),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.idokitBlocks);
